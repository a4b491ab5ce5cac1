import GSZYAML

/// The formats `gsz summary` writes, by the name `--format` takes.
public enum SummaryFormatName: String, CaseIterable, Sendable {
    /// A table for the terminal.
    case text
    /// A Markdown table, for a note, a wiki page or an e-mail.
    case markdown
    /// Comma-separated values with English column ids, for spreadsheets and programs.
    case csv
    /// One self-contained HTML page, for reading and printing.
    case html
    /// An Excel workbook, to a file.
    case xlsx

    /// What the format is for, for `--help`.
    public var summary: String {
        switch self {
        case .text: "a table for the terminal, abbreviations spelled out below it (default)"
        case .markdown: "a Markdown table with full column titles"
        case .csv: "CSV (RFC 4180, UTF-8, no BOM): English column ids, decimal points"
        case .html: "one self-contained HTML page that prints cleanly"
        case .xlsx: "an Excel workbook: the same rows as number cells, and the files not checked (to a file)"
        }
    }

    /// Writes `summary` in this format, words in `language`; `toolVersion` names gsz where
    /// the format names its tool. Pure: the same summary gives the same bytes.
    /// `filing` says who issues the summary and when.
    public func render(_ summary: MonitoringSummary, language: Language, toolVersion: String, filing: SummaryFiling = SummaryFiling(),
                       csvDialect: CSVDialect = .rfc4180,
                       into output: inout OutputBuffer) {
        switch self {
        case .text: SummaryText(summary: summary, language: language, filing: filing).write(into: &output)
        case .markdown: SummaryMarkdown(summary: summary, language: language, filing: filing).write(into: &output)
        case .csv: SummaryCSV(summary: summary, language: language, dialect: csvDialect).write(into: &output)
        case .html: SummaryHTML(summary: summary, language: language, toolVersion: toolVersion, filing: filing).write(into: &output)
        case .xlsx: SummaryWorkbook(summary: summary, language: language).write(into: &output)
        }
    }
}

extension MonitoringSummary {
    /// `Стандарт государственного социального заказа, версия 1.0`.
    func standardLine(in language: Language) -> String {
        "\(standard.name[language]), \(Label.version.text(in: language)) \(standard.version)"
    }

    /// `6 файлов · проверено: 5 · не удалось проверить: 1`.
    func filesLine(in language: Language) -> String {
        var line = Label.files(files, in: language) + " · " + Label.checked.text(in: language).lowercased() + ": \(checkedFiles)"
        if !unchecked.isEmpty { line += " · " + Label.notChecked.text(in: language).lowercased() + ": \(unchecked.count)" }
        if !duplicates.isEmpty { line += " · " + FilingWording.duplicates.text(in: language).lowercased() + ": \(duplicates.count)" }
        return line
    }

    /// The row's form name (or kind name) in `language`.
    func formName(_ row: SummaryRow, in language: Language) -> String {
        FindingText.formName(kind: row.kind, form: row.form, in: standard, language: language)
    }

    /// The rows grouped by NGO, in row order.
    var groups: [(ngo: String, bin: String, rows: [SummaryRow])] {
        var groups: [(ngo: String, bin: String, rows: [SummaryRow])] = []
        for row in rows {
            if let last = groups.last, last.ngo == row.ngo, last.bin == row.bin {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append((row.ngo, row.bin, [row]))
            }
        }
        return groups
    }
}

extension UncheckedFile {
    /// `Samples/errors.yaml:6:10: …`, the way diagnostics start.
    func text(in language: Language) -> String {
        let place = location.map { ":\($0)" } ?? ""
        return path + place + ": " + (message?.text(in: language) ?? "")
    }
}
