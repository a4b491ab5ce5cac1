import GSZYAML

/// The summary as one self-contained HTML page, in the same frame and style as
/// `gsz check --format html`: the table with each NGO's name spanning its forms, the total
/// in the footer, then the files that could not be checked.
struct SummaryHTML {
    let summary: MonitoringSummary
    let language: Language
    let toolVersion: String
    var filing = SummaryFiling()

    func write(into output: inout OutputBuffer) {
        let title = Label.monitoringSummary.text(in: language)
        HTMLPage.begin(title: title,
                       subtitle: HTMLPage.subtitle(summary.standard, toolVersion: toolVersion, language: language),
                       language: language, generator: "gsz \(toolVersion)", into: &output)
        SummaryPrint.style(title: title, filing: filing, language: language, into: &output)
        output.write("<section class=\"summary\">\n")
        for line in [summary.filingLine(filing, in: language), summary.periodLine(in: language), summary.filesLine(in: language)] {
            guard let line else { continue }
            output.element("p", class: "who", text: line)
            output.write("\n")
        }
        let slices = summary.slices
        for (period, slice) in slices {
            if slices.count > 1, let period {
                output.element("h2", text: period.name(in: language))
                output.write("\n")
            }
            writeTable(slice, into: &output)
        }
        if !summary.rows.isEmpty {
            let legend = SummaryColumn.all.compactMap { column in
                column.verdict.map { _ in column.short(in: language) + " — " + column.title(in: language) }
            }
            output.element("p", class: "note", text: legend.joined(separator: "; "))
            output.write("\n")
        }
        output.write("</section>\n")
        if !summary.documentFigures.isEmpty { writeDocumentFigures(into: &output) }
        if !summary.duplicates.isEmpty { SummaryPrint.duplicates(summary.duplicates, language: language, into: &output) }
        if !summary.unchecked.isEmpty { writeUnchecked(into: &output) }
        SummaryPrint.signatures(language: language, into: &output)
        HTMLPage.end(into: &output)
    }

    private func writeTable(_ summary: MonitoringSummary, into output: inout OutputBuffer) {
        let columns = SummaryColumn.all
        if !summary.rows.isEmpty {
            output.write("<table class=\"auto\">\n<thead><tr>")
            for label in [Label.ngo, .bin, .form] { output.element("th", text: label.text(in: language)) }
            // Verdict columns take their short titles, in the verdict's colour, spelled out
            // below the table: twelve full titles do not fit a page.
            for column in columns {
                if let verdict = column.verdict {
                    output.write("<th class=\"num level \(HTMLPage.verdictClass(verdict))\"><abbr title=\"")
                    output.writeEscapedMarkup(column.title(in: language))
                    output.write("\">")
                    output.writeEscapedMarkup(column.short(in: language))
                    output.write("</abbr></th>")
                } else {
                    output.element("th", class: "num", text: column.title(in: language))
                }
            }
            output.write("</tr></thead>\n<tbody>\n")
            for group in summary.groups {
                for (index, row) in group.rows.enumerated() {
                    output.write("<tr>")
                    if index == 0 {
                        let span = group.rows.count > 1 ? " rowspan=\"\(group.rows.count)\"" : ""
                        output.write("<td\(span)>")
                        output.writeEscapedMarkup(group.ngo)
                        output.write("</td><td class=\"nowrap\"\(span)>")
                        output.writeEscapedMarkup(group.bin)
                        output.write("</td>")
                    }
                    output.element("td", text: summary.formName(row, in: language))
                    for column in columns { output.element("td", class: "num", text: column.text(row.figures, in: language)) }
                    output.write("</tr>\n")
                }
            }
            output.write("</tbody>\n<tfoot><tr><th colspan=\"3\">")
            output.writeEscapedMarkup(Label.total.text(in: language))
            output.write("</th>")
            for column in columns { output.element("th", class: "num", text: column.text(summary.total, in: language)) }
            output.write("</tr></tfoot>\n</table>\n")
        }
    }

    private func writeDocumentFigures(into output: inout OutputBuffer) {
        output.write("<section class=\"file\">\n<h2>")
        output.writeEscapedMarkup(Label.documents.text(in: language))
        output.write("</h2>\n<table class=\"auto\">\n<tbody>\n")
        for figure in summary.documentFigures {
            output.write("<tr>")
            output.element("td", text: figure.label[language])
            output.element("td", class: "num", text: String(figure.value))
            output.write("</tr>\n")
        }
        output.write("</tbody>\n</table>\n</section>\n")
    }

    private func writeUnchecked(into output: inout OutputBuffer) {
        output.write("<section class=\"file v-error\">\n<h2>")
        output.writeEscapedMarkup(Label.notChecked.text(in: language) + ": " + Label.files(summary.unchecked.count, in: language))
        output.write("</h2>\n<table class=\"auto\">\n<thead><tr>")
        output.element("th", text: Label.file.text(in: language))
        output.element("th", class: "num", text: Label.line.text(in: language))
        output.element("th", text: Label.firstError.text(in: language))
        output.write("</tr></thead>\n<tbody>\n")
        for file in summary.unchecked {
            output.write("<tr>")
            output.element("td", class: "path", text: file.path)
            output.element("td", class: "num", text: file.location.map { String($0.line) } ?? "")
            output.element("td", text: file.message?.text(in: language) ?? "")
            output.write("</tr>\n")
        }
        output.write("</tbody>\n</table>\n</section>\n")
    }
}

extension SummaryHTML: SummaryFormat {
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling) {
        self.init(summary: summary, language: options.language, toolVersion: options.toolVersion, filing: filing)
    }
}
