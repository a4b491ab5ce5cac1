/// The parts of the summary page that make it a document to file: A4 pages numbered
/// "page 2 / 5" with the title and issuing body as a running header, the reports counted
/// once, and a block to sign.
enum SummaryPrint {
    /// The print rules, after the shared stylesheet. The running header and page numbers are
    /// CSS page-margin boxes (Chromium prints them; a browser without them prints none).
    static func style(title: String, filing: SummaryFiling, language: Language, into output: inout OutputBuffer) {
        let header = ([title] + [filing.body, filing.date].compactMap { $0 }).joined(separator: " · ")
        output.write("<style>\n@page { size: A4; margin: 18mm 14mm 18mm 14mm;\n")
        output.write("  @top-center { content: \"" + cssString(header) + "\"; font: 9pt system-ui, sans-serif; color: #59636e; }\n")
        output.write("  @bottom-right { content: \"" + cssString(FilingWording.page.text(in: language))
            + " \" counter(page) \" / \" counter(pages); font: 9pt system-ui, sans-serif; color: #59636e; }\n}\n")
        output.write("""
            .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 24px 48px; margin-top: 8px; }
            .signatures div { break-inside: avoid; }
            .signatures .line { border-bottom: 1px solid var(--ink); height: 32px; }
            .signatures .hint { color: var(--muted); font-size: 12px; }
            @media print { section.signatures { break-inside: avoid; } thead { display: table-header-group; } tr { break-inside: avoid; } }
            </style>

            """)
    }

    /// The reports counted once, each with the one it repeats.
    static func duplicates(_ duplicates: [DuplicateReport], language: Language, into output: inout OutputBuffer) {
        output.write("<section class=\"file v-incomplete\">\n")
        output.element("h2", text: FilingWording.duplicates.text(in: language) + ": " + Label.files(duplicates.count, in: language))
        output.write("\n<ul>\n")
        for duplicate in duplicates {
            output.element("li", text: duplicate.text(in: language))
            output.write("\n")
        }
        output.write("</ul>\n</section>\n")
    }

    /// "Prepared by" and "Approved by", each a line to sign with what goes under it.
    static func signatures(language: Language, into output: inout OutputBuffer) {
        output.write("<section class=\"signatures\">\n")
        for role in [FilingWording.preparedBy, .approvedBy] {
            output.write("<div>")
            output.element("b", text: role.text(in: language))
            output.write("<div class=\"line\"></div>")
            output.element("span", class: "hint", text: FilingWording.signature.text(in: language))
            output.write("</div>\n")
        }
        output.write("</section>\n")
    }

    /// `text` inside a CSS double-quoted string: quotes and backslashes escaped, and `<` as
    /// `\3C ` so a name can never close the style element.
    static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "<": escaped += "\\3C "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
