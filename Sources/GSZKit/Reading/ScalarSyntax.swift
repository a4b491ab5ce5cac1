/// Reads numbers and dates from scalar bytes, exactly as a field asks, without guessing.
///
/// YAML 1.1 would read `012` as octal ten and `0x1F` as hex; here a whole number is
/// decimal digits with an optional sign, a number adds a decimal fraction and exponent,
/// and a date is exactly `YYYY-MM-DD`.
enum ScalarSyntax {
    /// What reading a whole number found.
    enum WholeNumber: Equatable {
        case value(Int)
        case tooLarge
        case notWhole
    }

    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> WholeNumber {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.count else { return .notWhole }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return .notWhole }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return .tooLarge }
            value = sum
            index += 1
        }
        return .value(negative ? -value : value)
    }

    /// A decimal number (`12`, `-0.5`, `1.5e3`, `.5`), never `inf`, `nan`, hex or octal.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var mantissa = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return nil }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        // Most numbers in reports are small whole numbers: read those exactly without a string.
        if bytes.count <= 15, case .value(let whole) = wholeNumber(bytes) { return Double(whole) }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// What reading a date found.
    enum DateReading: Equatable {
        case date(CalendarDate)
        /// Shaped like a date but not on the calendar.
        case nonexistent
        case malformed
    }

    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> DateReading {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return .malformed }
        func field(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = field(0..<4), let month = field(5..<7), let day = field(8..<10) else { return .malformed }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .nonexistent }
        return .date(date)
    }
}
