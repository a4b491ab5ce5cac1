/// Reads one worksheet part into cells: `<row>`s of `<c>`s, each typed by its `t` attribute
/// and, for numbers, by whether its style is a date.
///
/// Cells without a value (styled, or covered by a merge) are left out, as are rows that end
/// up empty; rows and cells without an `r` follow the one before, as the format allows.
enum SheetParser {
    struct Context {
        let strings: [String]
        let styles: CellStyles
        let date1904: Bool
        let limits: WorkbookLimits
    }

    /// A cell's `t` attribute.
    private enum CellType {
        case number, shared, string, boolean, error, date
    }

    /// What a `<c>` said before its value was read.
    private struct Pending {
        var row: Int
        var column: Int
        var type: CellType
        var style: Int
        var hasFormula = false
        var value: [UInt8]? = nil
    }

    /// The cells of the sheet part `xml`, each placed at its row and column, within the limits.
    // Longer than 60 lines: one pass over the part's tokens, whose state (the row, the column,
    // the cell being read) stays in local variables rather than in a type of its own.
    static func read(_ xml: [UInt8], name: String, part: String, context: Context) throws(WorkbookError) -> Sheet {
        var scanner = XMLScanner(xml, part: part)
        var cells: [Cell] = []
        var row = 0
        var rows = 0
        var column = 0
        var pending: Pending?
        var inValue = false
        let limits = context.limits
        func fail(_ kind: WorkbookError.Kind) -> WorkbookError {
            WorkbookError(kind, sheet: name, row: max(row, 1), column: max(column, 1))
        }
        while let token = try scanner.next() {
            switch token {
            case .start(let tag, let attributes, let empty):
                if scanner.isNamed(tag, "row") {
                    // Row numbers start at 1; a `r="0"` is taken as the first row.
                    row = max(try scanner.integerAttribute("r", in: attributes) ?? row + 1, 1)
                    column = 0
                    rows += 1
                    guard rows <= limits.maxRows, row <= 1_048_576 else { throw fail(.tooManyCells(sheet: name, limit: limits.maxRows)) }
                } else if scanner.isNamed(tag, "c") {
                    if let reference = try scanner.attributeRange("r", in: attributes),
                       let place = CellReference.parse(xml[reference]) {
                        (row, column) = (place.row, place.column)
                    } else {
                        // A cell before any `<row>`, or with a name that is not one, follows the one before.
                        (row, column) = (max(row, 1), column + 1)
                    }
                    let style = try scanner.integerAttribute("s", in: attributes) ?? 0
                    let type = try scanner.attributeRange("t", in: attributes).map { Self.type(xml[$0]) } ?? .number
                    pending = Pending(row: row, column: column, type: type, style: style)
                    if empty { pending = nil }
                } else if scanner.isNamed(tag, "f") {
                    pending?.hasFormula = true
                    if !empty { try scanner.skipElement() }
                } else if scanner.isNamed(tag, "v") || scanner.isNamed(tag, "t") {
                    inValue = !empty && pending != nil
                    if inValue, pending?.value == nil { pending?.value = [] }
                } else if scanner.isNamed(tag, "rPh"), !empty {
                    try scanner.skipElement()
                }
            case .end(let tag):
                if scanner.isNamed(tag, "v") || scanner.isNamed(tag, "t") {
                    inValue = false
                } else if scanner.isNamed(tag, "c"), let cell = pending {
                    pending = nil
                    guard let value = try value(of: cell, scanner: scanner, context: context, fail: fail) else { continue }
                    guard cells.count < limits.maxCells else { throw fail(.tooManyCells(sheet: name, limit: limits.maxCells)) }
                    cells.append(Cell(row: cell.row, column: cell.column, value: value))
                }
            case .text(let range) where inValue:
                pending?.value?.append(contentsOf: try scanner.decode(range).utf8)
                guard (pending?.value?.count ?? 0) <= limits.maxCellBytes else { throw fail(.cellTooLong(limit: limits.maxCellBytes)) }
            case .cdata(let range) where inValue:
                pending?.value?.append(contentsOf: xml[range])
                guard (pending?.value?.count ?? 0) <= limits.maxCellBytes else { throw fail(.cellTooLong(limit: limits.maxCellBytes)) }
            default:
                break
            }
        }
        return Sheet(name: name, cells: cells)
    }

    private static func value(
        of cell: Pending, scanner: XMLScanner, context: Context, fail: (WorkbookError.Kind) -> WorkbookError
    ) throws(WorkbookError) -> CellValue? {
        guard let raw = cell.value else { return cell.hasFormula ? .formulaWithoutValue : nil }
        switch cell.type {
        case .shared:
            let digits = raw.trimmedASCII
            let index = digits.count < 10 && !digits.isEmpty && digits.allSatisfy { (48...57).contains($0) }
                ? digits.reduce(0) { $0 * 10 + Int($1) - 48 } : -1
            guard index >= 0, index < context.strings.count else { throw fail(.missingSharedString(index: index)) }
            return context.strings[index].isEmpty ? nil : .text(context.strings[index])
        case .string:
            return raw.isEmpty ? nil : .text(String(decoding: raw, as: UTF8.self))
        case .boolean:
            let flag = raw.trimmedASCII
            return .boolean(flag.elementsEqual("1".utf8) || flag.elementsEqual("true".utf8))
        case .error:
            return .error(String(decoding: raw, as: UTF8.self))
        case .date:
            let text = String(decoding: raw, as: UTF8.self)
            return SerialDate.iso(text).map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .text(text)
        case .number:
            let trimmed = String(decoding: raw.trimmedASCII, as: UTF8.self)
            guard let number = Double(trimmed), number.isFinite else {
                return trimmed.isEmpty ? nil : .text(String(decoding: raw, as: UTF8.self))
            }
            if context.styles.isDate(cell.style), let day = SerialDate.day(serial: number, date1904: context.date1904) {
                return .date(year: day.year, month: day.month, day: day.day)
            }
            return .number(number, text: trimmed)
        }
    }
}

extension SheetParser {
    private static func type(_ name: ArraySlice<UInt8>) -> CellType {
        switch name.count {
        case 1:
            switch name.first {
            case UInt8(ascii: "s"): .shared
            case UInt8(ascii: "b"): .boolean
            case UInt8(ascii: "e"): .error
            case UInt8(ascii: "d"): .date
            default: .number
            }
        case 3, 9: .string  // "str" (a formula's text), "inlineStr"
        default: .number
        }
    }
}

extension Array where Element == UInt8 {
    /// Without leading and trailing ASCII blanks and line breaks.
    var trimmedASCII: ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return [] }
        return self[first...last]
    }
}
