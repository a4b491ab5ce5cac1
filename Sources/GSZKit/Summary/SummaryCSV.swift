import GSZYAML

/// The summary as CSV for spreadsheets and programs, written as `gsz check --format csv`
/// writes (RFC 4180, UTF-8 without a byte-order mark, CRLF): stable English column ids,
/// decimal points, one row per NGO and form, a `total` row, and an `unchecked` row per file
/// that could not be checked.
struct SummaryCSV {
    let summary: MonitoringSummary
    let language: Language
    var dialect: CSVDialect = .rfc4180

    func write(into output: inout OutputBuffer) {
        let columns = SummaryColumn.all
        let header = ["row", "ngo", "bin", "kind", "form", "form_name"] + columns.map(\.id) + ["file", "line", "column", "code", "error", "period"]
        output.write(dialect.preamble)
        writeRow(header, into: &output)
        let blankTail = Array(repeating: "", count: 6)
        for row in summary.rows {
            writeRow(["form", row.ngo, row.bin, row.kind, row.form ?? "", summary.formName(row, in: language)]
                     + columns.map { dialect.number($0.csv(row.figures)) } + blankTail.dropLast() + [row.period.id], into: &output)
        }
        writeRow(["total", "", "", "", "", ""] + columns.map { dialect.number($0.csv(summary.total)) } + blankTail, into: &output)
        // A figure of documents judged by rules: its id in `kind`, its label in `form_name`, the count in `services`.
        for figure in summary.documentFigures {
            writeRow(["document", "", "", figure.id, "", figure.label[language], String(figure.value)]
                     + Array(repeating: "", count: columns.count - 1) + blankTail, into: &output)
        }
        for file in summary.unchecked {
            writeRow(["unchecked", "", "", "", "", ""] + columns.map { _ in "" } + [
                file.path, file.location.map { String($0.line) } ?? "", file.location.map { String($0.column) } ?? "",
                file.message?.id ?? "", file.message?.text(in: language) ?? "", "",
            ], into: &output)
        }
        // A report counted once: the file left out in `file`, what it repeats in `error`.
        for duplicate in summary.duplicates {
            writeRow(["duplicate", "", "", "", "", ""] + columns.map { _ in "" } + [
                duplicate.path, "", "", duplicate.sameContent ? "same_content" : "same_report", duplicate.text(in: language), "",
            ], into: &output)
        }
    }

    private func writeRow(_ cells: [String], into output: inout OutputBuffer) {
        output.write(cells.map(dialect.quoted).joined(separator: dialect.separator) + "\r\n")
    }
}

extension SummaryCSV: SummaryFormat {
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling) {
        self.init(summary: summary, language: options.language, dialect: options.csvDialect)
    }
}
