import GSZYAML

/// The summary as a Markdown (GitHub, CommonMark) table: one row per NGO and form, the
/// total in bold, then a table of the files that could not be checked. Report text is
/// escaped as `gsz check --format markdown` escapes it, so a name cannot break the table.
struct SummaryMarkdown {
    let summary: MonitoringSummary
    let language: Language
    var filing = SummaryFiling()

    func write(into output: inout OutputBuffer) {
        output.write("# " + MarkdownFormat.escape(Label.monitoringSummary.text(in: language)) + "\n\n")
        output.write(MarkdownFormat.escape(summary.standardLine(in: language)) + ". " + MarkdownFormat.escape(summary.filesLine(in: language)) + ".\n")
        for line in [summary.periodLine(in: language), summary.filingLine(filing, in: language)].compactMap({ $0 }) {
            output.write("\n" + MarkdownFormat.escape(line) + "\n")
        }
        let slices = summary.slices
        for (period, slice) in slices {
            if slices.count > 1, let period { output.write("\n## " + MarkdownFormat.escape(period.name(in: language)) + "\n") }
            writeTable(slice, into: &output)
        }
        writeRest(into: &output)
    }

    private func writeTable(_ summary: MonitoringSummary, into output: inout OutputBuffer) {
        let columns = SummaryColumn.all
        if !summary.rows.isEmpty {
            let heads = [Label.ngo, .bin, .form].map { $0.text(in: language) } + columns.map { $0.title(in: language) }
            output.write("\n| " + heads.map(MarkdownFormat.escape).joined(separator: " | ") + " |\n")
            output.write("|---|---|---|" + String(repeating: "--:|", count: columns.count) + "\n")
            for row in summary.rows {
                let cells = [row.ngo, row.bin, summary.formName(row, in: language)] + columns.map { $0.text(row.figures, in: language) }
                output.write("| " + cells.map(MarkdownFormat.escape).joined(separator: " | ") + " |\n")
            }
            let total = columns.map { "**" + MarkdownFormat.escape($0.text(summary.total, in: language)) + "**" }
            output.write("| **" + MarkdownFormat.escape(Label.total.text(in: language)) + "** | | | " + total.joined(separator: " | ") + " |\n")
        }
    }

    private func writeRest(into output: inout OutputBuffer) {
        if !summary.documentFigures.isEmpty {
            output.write("\n## " + MarkdownFormat.escape(Label.documents.text(in: language)) + "\n\n|  | |\n|---|--:|\n")
            for figure in summary.documentFigures {
                output.write("| " + MarkdownFormat.escape(figure.label[language]) + " | \(figure.value) |\n")
            }
        }
        if !summary.duplicates.isEmpty {
            output.write("\n## " + MarkdownFormat.escape(FilingWording.duplicates.text(in: language)) + "\n\n")
            for duplicate in summary.duplicates { output.write("- " + MarkdownFormat.escape(duplicate.text(in: language)) + "\n") }
        }
        guard !summary.unchecked.isEmpty else { return }
        output.write("\n## " + MarkdownFormat.escape(Label.notChecked.text(in: language)) + "\n\n")
        let heads = [Label.file, .line, .firstError].map { MarkdownFormat.escape($0.text(in: language)) }
        output.write("| " + heads.joined(separator: " | ") + " |\n|---|--:|---|\n")
        for file in summary.unchecked {
            let cells = [file.path, file.location.map { String($0.line) } ?? "", file.message?.text(in: language) ?? ""]
            output.write("| " + cells.map(MarkdownFormat.escape).joined(separator: " | ") + " |\n")
        }
    }
}

extension SummaryMarkdown: SummaryFormat {
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling) {
        self.init(summary: summary, language: options.language, filing: filing)
    }
}
