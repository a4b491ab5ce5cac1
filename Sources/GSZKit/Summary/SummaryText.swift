/// The summary as a terminal table: numbers first, right-aligned, the form name last so a
/// long name never pushes the columns apart; NGOs as group lines; a legend for the short
/// column titles; then the files that could not be checked.
struct SummaryText {
    let summary: MonitoringSummary
    let language: Language
    var filing = SummaryFiling()

    func write(into output: inout OutputBuffer) {
        output.write(Label.monitoringSummary.text(in: language) + " — " + summary.standardLine(in: language) + "\n")
        output.write(summary.filesLine(in: language) + "\n")
        for line in [summary.periodLine(in: language), summary.filingLine(filing, in: language)].compactMap({ $0 }) {
            output.write(line + "\n")
        }
        let slices = summary.slices
        for (period, slice) in slices {
            if slices.count > 1, let period { output.write("\n" + period.name(in: language) + "\n") }
            writeTable(slice, into: &output)
        }
        if !summary.rows.isEmpty {
            let legend = SummaryColumn.all.dropFirst().map { $0.short(in: language) + " — " + $0.title(in: language).lowercased() }
            output.write("\n" + Self.lines(legend, width: TextFormat.width).joined(separator: "\n") + "\n")
        }
        writeRest(into: &output)
    }

    private func writeTable(_ summary: MonitoringSummary, into output: inout OutputBuffer) {
        let columns = SummaryColumn.all
        let total = summary.total
        let figures = summary.rows.map(\.figures) + [total]
        let widths = columns.map { column in
            figures.map { column.text($0, in: language).count }.reduce(column.short(in: language).count, max)
        }
        func line(_ cells: [String], _ name: String) -> String {
            "  " + zip(cells, widths).map { cell, width in String(repeating: " ", count: max(0, width - cell.count)) + cell }
                .joined(separator: "  ") + "  " + name
        }
        func cells(_ figures: SummaryFigures) -> [String] { columns.map { $0.text(figures, in: language) } }

        if !summary.rows.isEmpty {
            output.write("\n" + line(columns.map { $0.short(in: language) }, Label.form.text(in: language)) + "\n")
            for group in summary.groups {
                // The names and BINs are the reports' own text: shown, never acted on.
                output.write("\n" + VisibleText.escape(group.ngo) + " · " + Label.bin.text(in: language) + " "
                    + VisibleText.escape(group.bin) + "\n")
                for row in group.rows {
                    output.write(line(cells(row.figures), VisibleText.escape(summary.formName(row, in: language))) + "\n")
                }
            }
            output.write("\n" + line(cells(total), Label.total.text(in: language)) + "\n")
        }
    }

    private func writeRest(into output: inout OutputBuffer) {
        if !summary.documentFigures.isEmpty {
            output.write("\n" + Label.documents.text(in: language) + "\n")
            let width = summary.documentFigures.map { String($0.value).count }.max() ?? 0
            for figure in summary.documentFigures {
                output.write("  " + Columns.padLeft(String(figure.value), width) + "  " + figure.label[language] + "\n")
            }
        }
        if !summary.duplicates.isEmpty {
            output.write("\n" + FilingWording.duplicates.text(in: language) + ": " + Label.files(summary.duplicates.count, in: language) + "\n")
            for duplicate in summary.duplicates { output.write("  " + duplicate.text(in: language) + "\n") }
        }
        guard !summary.unchecked.isEmpty else { return }
        output.write("\n" + Label.notChecked.text(in: language) + ": " + Label.files(summary.unchecked.count, in: language) + "\n")
        for file in summary.unchecked { output.write("  " + VisibleText.escape(file.text(in: language)) + "\n") }
    }

    /// `items` joined by "; " into lines of at most `width` columns, never breaking an item
    /// ("Не оцен. — не оценивается" stays on one line).
    static func lines(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty && line.count + 2 + item.count > width {
                lines.append(line + ";")
                line = ""
            }
            line += (line.isEmpty ? "" : "; ") + item
        }
        lines.append(line)
        return lines
    }
}

extension SummaryText: SummaryFormat {
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling) {
        self.init(summary: summary, language: options.language, filing: filing)
    }
}
