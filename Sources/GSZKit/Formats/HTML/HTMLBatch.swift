import GSZYAML
/// The parts of the HTML page that make a batch readable and printable: an index of every
/// file with its verdict and pass or fail, linked to its section; files with problems
/// first; a legend for `12 → 35`; A4 pages numbered; and, when the page holds one file, a
/// "what to fix" list at the top.
///
/// The page streams, so these parts are written where the data is, and CSS `order` puts
/// them on top: each file's index entry is its trailer (written after every file's
/// section), the index closes in `end`, and the first file's trailer also carries its fix
/// list, which the stylesheet shows only on a page of one file.
struct HTMLBatch {
    let options: RenderOptions
    private var language: Language { options.language }

    init(options: RenderOptions) { self.options = options }

    /// The index entry of `result` (opening the index before the first), and the first
    /// file's fix list.
    func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        if position == 0 {
            writeFixes(result, into: &output)
            output.write("<nav class=\"index\">\n")
            output.element("h2", text: IndexWording.files.text(in: language))
            output.write("\n<ol>\n")
        }
        output.write("<li class=\"\(HTMLPage.verdictClass(result.verdict))\"><a href=\"#file-\(position + 1)\">")
        output.element("span", class: "path", text: result.path)
        output.write("</a> ")
        HTMLPage.badge(result.verdict, language, into: &output)
        HTMLPassing.mark(result.verdict, required: options.required, language: language, into: &output)
        output.write("</li>\n")
    }

    /// Closes the index, when a file opened it, and writes the legend.
    func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        if summary.files > 0 { output.write("</ol>\n</nav>\n") }
        output.element("p", class: "legend", text: IndexWording.legend.text(in: language))
        output.write("\n")
    }

    /// What keeps the file from passing: its errors, then each indicator and rule below the
    /// required level with what to do; or that nothing does.
    private func writeFixes(_ result: FileResult, into output: inout OutputBuffer) {
        let language = self.language
        let required = options.required
        let findings = result.findings.filter { $0.level != .meets }
        output.write("<section class=\"fix\">\n")
        output.element("h2", text: IndexWording.whatToFix.text(in: language))
        output.write("\n")
        let anyService = result.services.contains { $0.indicators.contains { !$0.level.passes(required) } }
        guard !result.errors.isEmpty || anyService || !findings.isEmpty else {
            output.element("p", class: "note", text: IndexWording.nothingToFix.text(in: language) + " ("
                + PassWording.requiredLabel(required, in: language) + ").")
            output.write("\n</section>\n")
            return
        }
        output.write("<ol>\n")
        for diagnostic in result.errors {
            item((diagnostic.location.map { Label.place(line: $0.line, column: $0.column, in: language) + " — " } ?? "")
                + diagnostic.message.text(in: language), into: &output)
        }
        // A report of many services has as many lines here as it has services below its level.
        let hints = HintTexts<String>(language: language)
        output.write(result.services, inHalves: { services, output in
            for service in services {
                for indicator in service.indicators where !indicator.level.passes(required) {
                    item(service.id + " · " + FindingText.finding(indicator, hint: hints.text(indicator.hint), in: language),
                         into: &output)
                }
            }
        })
        for finding in findings {
            item((finding.item.map { $0 + " · " } ?? "") + finding.message[language], into: &output)
        }
        output.write("</ol>\n</section>\n")
    }

    private func item(_ text: String, into output: inout OutputBuffer) {
        output.element("li", text: text)
        output.write("\n")
    }

    /// Order, index, legend, fix list and print: after the shared stylesheet.
    static let css = """
        section.totals { order: -3; }
        section.fix { order: -2; display: none; border-left: 6px solid var(--non); }
        main:not(:has(> section.file ~ section.file)) > section.fix { display: block; }
        nav.index { order: -1; background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 20px; }
        nav.index ol { display: flex; flex-direction: column; margin: 0; padding-left: 0; list-style: none; }
        nav.index li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; padding: 2px 0; }
        nav.index a { color: var(--ink); text-decoration: none; }
        nav.index a:hover .path { text-decoration: underline; }
        .legend { order: -1; margin: 0; color: var(--muted); font-size: 13px; }
        section.file.v-error, nav.index li.v-error { order: 1; }
        section.file.v-noncompliant, nav.index li.v-noncompliant { order: 2; }
        section.file.v-incomplete, nav.index li.v-incomplete { order: 3; }
        section.file.v-minimal, nav.index li.v-minimal { order: 4; }
        section.file.v-maximal, section.file.v-compliant, nav.index li.v-maximal, nav.index li.v-compliant { order: 5; }
        section.file.v-not_assessed, nav.index li.v-not_assessed { order: 6; }
        @page { size: A4; margin: 16mm 12mm 18mm 12mm;
          @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #59636e; } }
        @media print {
          nav.index li { break-inside: avoid; }
          section.file > h2, section.file > .who { break-after: avoid; }
          .problems.warnings { break-inside: avoid; break-before: avoid; }
          .problems.warnings li { break-inside: avoid; }
        }

        """
}

/// The index's and the fix list's words; each catalogue words them.
enum IndexWording: CaseIterable {
    case files, legend, whatToFix, nothingToFix

    /// The words in `language`.
    func text(in language: Language) -> String {
        language.catalogue.indexWord(self)
    }
}
