/// `gsz standard show` as aligned text or as Markdown: a heading per kind, then a row per
/// form, as the source's slides set them out.
struct StandardTableText {
    let language: Language
    let markdown: Bool

    /// Header cells are wrapped to this many characters so a six-column table fits a terminal.
    private static let headerWidth = 22

    func render(_ standard: Standard, _ tables: [StandardTable], _ untabled: [ServiceKind]) -> String {
        var text = (markdown ? "# " : "") + standard.name[language] + ", "
            + TableWording.version.text(in: language) + " " + standard.version + "\n"
        for table in tables {
            text += "\n" + (markdown ? "## " : "") + table.kind.name[language] + "\n\n"
            text += markdown ? markdownGrid(table) : textGrid(table)
            let sources = standard.tables.filter { $0.kind == table.kind.id }
                .map { $0.title[language] + ($0.source.map { " (\($0))" } ?? "") }
            text += "\n" + TableWording.source.text(in: language) + ": " + sources.joined(separator: "; ") + "\n"
        }
        if !untabled.isEmpty {
            text += "\n" + TableWording.noThresholds.text(in: language) + ": "
                + untabled.map { $0.name[language] }.joined(separator: ", ") + "\n"
        }
        return text
    }

    private func formName(_ row: StandardTable.Row) -> String {
        row.form?.name[language] ?? "—"
    }

    private func markdownGrid(_ table: StandardTable) -> String {
        let escaped = MarkdownFormat.escape
        var header = "| " + Label.form.text(in: language)
        for column in table.columns {
            header += " | " + escaped(column.name[language]) + ", " + TableWording.check(column.check, in: language)
        }
        var text = header + " |\n|" + String(repeating: "---|", count: table.columns.count + 1) + "\n"
        for row in table.rows {
            text += "| " + escaped(formName(row))
            for cell in row.cells { text += " | " + StandardTableFormat.cellText(cell, in: language) }
            text += " |\n"
        }
        return text
    }

    private func textGrid(_ table: StandardTable) -> String {
        // Each header cell: the indicator's name wrapped, then how the cells are read.
        let headers = [[Label.form.text(in: language)]] + table.columns.map { column in
            Self.wrap(column.name[language], width: Self.headerWidth) + [TableWording.check(column.check, in: language)]
        }
        let body = table.rows.map { row in [formName(row)] + row.cells.map { StandardTableFormat.cellText($0, in: language) } }
        let widths = headers.indices.map { column in
            (headers[column] + body.map { $0[column] }).map(\.count).max() ?? 0
        }
        let headerLines = headers.map(\.count).max() ?? 1
        var text = ""
        for line in 0..<headerLines {
            let cells = headers.indices.map { column in
                // The last line of each header is its "min / max": keep those aligned on one line.
                let lines = headers[column]
                let offset = headerLines - lines.count
                if column == 0 { return line == headerLines - 1 ? lines[0] : "" }
                return line >= offset ? lines[line - offset] : ""
            }
            text += Self.line(cells, widths)
        }
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        for row in body { text += Self.line(row, widths) }
        return text
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
        var line = padded.joined(separator: " | ")
        while line.last == " " { line.removeLast() }
        return line + "\n"
    }

    /// Words of `text` in lines of at most `width` characters (a longer word keeps its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
