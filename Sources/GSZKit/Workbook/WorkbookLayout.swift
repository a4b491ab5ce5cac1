import GSZWorkbook

/// Finds the sheets of contract §12's layout by their keys, never by name or order.
///
/// The header sheet has `report` in A1 (keys in column A, values in column C); the services
/// sheet has `id` and `kind` among the keys of row 1. Other sheets (notes, lists behind
/// drop-downs) are ignored.
struct WorkbookLayout {
    /// A sheet and where it stands among the workbook's sheets, from 1.
    struct Found {
        let sheet: Sheet
        let order: Int
    }

    var header: Found?
    var services: Found?
    var problems: [(WorkbookProblem, Found)] = []

    init(_ workbook: Workbook) {
        for (index, sheet) in workbook.sheets.enumerated() {
            let found = Found(sheet: sheet, order: index + 1)
            if Self.isHeader(sheet) {
                if let header { problems.append((.secondSheet(role: .header, first: header.sheet.name), found)) } else { header = found }
            } else if Self.isServices(sheet) {
                if let services { problems.append((.secondSheet(role: .services, first: services.sheet.name), found)) } else { services = found }
            }
        }
    }

    static func isHeader(_ sheet: Sheet) -> Bool {
        key(sheet.cell(row: 1, column: 1)) == "report"
    }

    static func isServices(_ sheet: Sheet) -> Bool {
        let keys = sheet.cells.prefix { $0.row == 1 }.compactMap { key($0) }
        return keys.contains("id") && keys.contains("kind")
    }

    /// A key cell's key: its text, trimmed; nil for an empty or non-text cell.
    static func key(_ cell: Cell?) -> String? {
        guard case .text(let text)? = cell?.value else { return nil }
        let key = text.trimmingBlanks
        return key.isEmpty ? nil : key
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (no-break spaces included,
    /// which spreadsheets pick up from pasted text).
    var trimmingBlanks: String {
        // Most cells start and end with a printable ASCII byte: nothing to trim, nothing to look up.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
