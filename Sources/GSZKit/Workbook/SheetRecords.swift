import GSZWorkbook

/// Rows of typed cells as bytes, so a workbook can be rendered file by file like any other
/// format and put together once at the end.
///
/// A zip archive cannot be streamed part by part the way text can, but the batch renders
/// each file on a worker into bytes: the workbook format writes its rows there in this
/// encoding (a record per row: the sheet's letter, then cells, each a type letter, a style
/// letter and the payload, separated by ASCII unit separators), and `decode` reads them back.
enum SheetRecords {
    private static let unit: UInt8 = 0x1F
    private static let record: UInt8 = 0x1E

    /// Appends one row for sheet `sheet` (a letter) to `output`.
    static func write(sheet: Character, _ cells: [CellDraft?], into output: inout OutputBuffer) {
        var bytes: [UInt8] = Array(String(sheet).utf8)
        for cell in cells {
            bytes.append(unit)
            guard let cell else { continue }
            let styleLetter = UInt8(ascii: "a") + UInt8(cell.style.rawValue)
            switch cell.value {
            case .text(let text):
                bytes += [UInt8(ascii: "s"), styleLetter]
                bytes += text.utf8.filter { $0 != unit && $0 != record }
            case .number(let number):
                bytes += [UInt8(ascii: "n"), styleLetter]
                bytes += String(number).utf8
            case .date(let year, let month, let day):
                bytes += [UInt8(ascii: "d"), styleLetter]
                bytes += "\(year)-\(month)-\(day)".utf8
            }
        }
        bytes.append(record)
        bytes.withUnsafeBufferPointer { output.append($0) }
    }

    /// The rows of `bytes`, by sheet letter, in the order written.
    static func decode(_ bytes: [UInt8]) -> [Character: [[CellDraft?]]] {
        var sheets: [Character: [[CellDraft?]]] = [:]
        for line in bytes.split(separator: record) {
            let fields = line.split(separator: unit, omittingEmptySubsequences: false)
            guard let letter = fields.first.flatMap({ String(decoding: $0, as: UTF8.self).first }) else { continue }
            sheets[letter, default: []].append(fields.dropFirst().map(cell))
        }
        return sheets
    }

    private static func cell(_ field: ArraySlice<UInt8>) -> CellDraft? {
        guard field.count >= 2 else { return nil }
        let type = field[field.startIndex]
        let style = CellStyle(rawValue: Int(field[field.startIndex + 1]) - Int(UInt8(ascii: "a"))) ?? .plain
        let payload = String(decoding: field.dropFirst(2), as: UTF8.self)
        switch type {
        case UInt8(ascii: "n"): return Double(payload).map { CellDraft(.number($0), style: style) }
        case UInt8(ascii: "d"):
            let parts = payload.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return CellDraft(.date(year: parts[0], month: parts[1], day: parts[2]), style: style)
        default: return CellDraft(.text(payload), style: style)
        }
    }
}
