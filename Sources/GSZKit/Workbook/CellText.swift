import GSZWorkbook

/// A cell's value as the text a YAML report would hold under the same key.
///
/// The field still decides the type, in the report reader: this only spells the cell.
/// Dates in date fields accept `DD.MM.YYYY` text besides `YYYY-MM-DD`, as people type them
/// in Kazakhstan; a BIN in a number cell has lost its leading zeros and gets them back.
enum CellText {
    /// The keys whose values are dates.
    static let dateKeys: Set<String> = ["period.from", "period.to", "date", "dates.from", "dates.to"]

    /// The text and whether to keep it from reading as null (`quoted`); `report` receives
    /// problems only a workbook has.
    static func scalar(
        _ value: CellValue, key: String, report: (WorkbookProblem, Diagnostic.Severity) -> Void
    ) -> (text: String, quoted: Bool) {
        switch value {
        case .text(let text):
            let trimmed = text.trimmingBlanks
            if trimmed.utf8.count == 10, dateKeys.contains(key), let iso = isoDate(fromDotted: trimmed) { return (iso, false) }
            return (trimmed, true)
        case .number(let number, let text):
            if key == "ngo.bin", number >= 0, number < 1e12, number == number.rounded(.down) {
                let digits = String(Int(number))
                let bin = String(repeating: "0", count: 12 - digits.count) + digits
                report(.binAsNumber(bin: bin), .warning)
                return (bin, true)
            }
            return (spelled(number, text: text), false)
        case .date(let year, let month, let day):
            return (iso(year: year, month: month, day: day), false)
        case .boolean(let flag):
            return (flag ? "true" : "false", false)
        case .error(let text):
            return (text, true)
        case .formulaWithoutValue:
            report(.formulaWithoutValue, .error)
            return ("", true)
        }
    }

    /// A number as YAML would hold it: whole numbers without a fraction (`28`, not `28.0`).
    static func spelled(_ number: Double, text: String) -> String {
        if number == number.rounded(.down), abs(number) < 1e15 { return String(Int(number)) }
        return text
    }

    /// `YYYY-MM-DD`, zero-padded.
    static func iso(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// `2026-02-10` for `10.02.2026`; nil for anything else.
    static func isoDate(fromDotted text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "."), bytes[5] == UInt8(ascii: "."),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || $0.offset == 5 || (48...57).contains($0.element) }) else {
            return nil
        }
        return String(decoding: bytes[6..<10] + [UInt8(ascii: "-")] + bytes[3..<5] + [UInt8(ascii: "-")] + bytes[0..<2], as: UTF8.self)
    }
}
