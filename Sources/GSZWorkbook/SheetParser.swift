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

    /// What a `<c>` said before its value was read.
    private struct Pending {
        var row: Int
        var column: Int
        var type: String
        var style: Int
        var hasFormula = false
        var value: [UInt8]? = nil
    }

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
                    row = try scanner.attribute("r", in: attributes).flatMap { Int($0) } ?? row + 1
                    column = 0
                    rows += 1
                    guard rows <= limits.maxRows, row <= 1_048_576 else { throw fail(.tooManyCells(sheet: name, limit: limits.maxRows)) }
                } else if scanner.isNamed(tag, "c") {
                    if let reference = try scanner.attributeRange("r", in: attributes),
                       let place = CellReference.parse(xml[reference]) {
                        (row, column) = (place.row, place.column)
                    } else {
                        column += 1
                    }
                    let style = try scanner.attribute("s", in: attributes).flatMap { Int($0) } ?? 0
                    pending = Pending(row: row, column: column, type: try scanner.attribute("t", in: attributes) ?? "n", style: style)
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
        let text = String(decoding: raw, as: UTF8.self)
        switch cell.type {
        case "s":
            guard let index = Int(text.trimmed), index >= 0, index < context.strings.count else {
                throw fail(.missingSharedString(index: Int(text.trimmed) ?? -1))
            }
            return context.strings[index].isEmpty ? nil : .text(context.strings[index])
        case "str", "inlineStr":
            return text.isEmpty ? nil : .text(text)
        case "b":
            return .boolean(text.trimmed == "1" || text.trimmed == "true")
        case "e":
            return .error(text)
        case "d":
            return SerialDate.iso(text).map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .text(text)
        default:
            let trimmed = text.trimmed
            guard let number = Double(trimmed), number.isFinite else { return trimmed.isEmpty ? nil : .text(text) }
            if context.styles.isDate(cell.style), let day = SerialDate.day(serial: number, date1904: context.date1904) {
                return .date(year: day.year, month: day.month, day: day.day)
            }
            return .number(number, text: trimmed)
        }
    }
}

extension String {
    /// Without leading and trailing blanks and line breaks.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
