/// The documentation of every code, from `DiagnosticCode`: `gsz explain CODE` in the
/// reader's language, and `docs/codes.md` in English, which a test keeps equal to it.
public enum CodeBook {
    /// The example's file name, as its diagnostics show it.
    static let examplePath = "example.yaml"

    /// The example's diagnostics with the code, in `language`, as `gsz check` prints them.
    static func exampleOutput(_ code: DiagnosticCode, standard: Standard, language: Language) -> String {
        let printer = DiagnosticPrinter(language: language, color: false)
        switch code.example {
        case .message(let message):
            return printer.render(Diagnostic(code.severity, message, path: examplePath, at: nil), source: nil)
        case .report(let text):
            let result = Checker(standard: standard).check(Array(text.utf8), path: examplePath)
            var cursor: SourceCursor? = SourceCursor(source: result.source)
            return (result.errors + result.warnings).filter { $0.message.id == code.rawValue }.prefix(1)
                .map { printer.render($0, cursor: &cursor) }.joined()
        }
    }

    /// What `gsz explain CODE` prints.
    public static func explain(_ code: DiagnosticCode, standard: Standard, language: Language) -> String {
        let (meaning, fix) = code.explanation(in: language)
        var text = code.rawValue + " (" + code.severity.rawValue + ")\n\n" + meaning + "\n\n"
        if case .report(let report) = code.example {
            text += CodeWording.example.text(in: language) + ":\n\n" + indented(report) + "\n"
        }
        text += "$ gsz check " + examplePath + "\n" + exampleOutput(code, standard: standard, language: language) + "\n"
        text += CodeWording.fix.text(in: language) + ": " + fix + "\n\n" + code.helpURI + "\n"
        return text
    }

    /// `docs/codes.md`.
    public static func markdown(standard: Standard) -> String {
        var page = """
            # Error and warning codes

            Every error and warning gsz reports on an input file carries a code: at the end of the line in
            text output (`= code: bin_check_digit` under the quoted line), as `code` in JSON, in the rule id in SARIF
            (`gsz/input/bin_check_digit`, `gsz/warning/unknown_key`), whose `helpUri` links here.
            `gsz explain CODE` prints the same entry in the chosen language (`--lang ru|kk|en`).
            An error makes the file's verdict `error` (exit status 2); a warning never changes a verdict.
            Each example is checked by the test suite: the output shown is what gsz prints for it.

            This page is generated from the list of codes; after changing it, run
            `GSZ_RECORD=1 swift test --filter CodeBookTests` and review the diff.

            """
        for severity in Diagnostic.Severity.allCases {
            page += "\n## " + (severity == .error ? "Errors" : "Warnings") + "\n"
            for code in DiagnosticCode.allCases where code.severity == severity {
                let (meaning, fix) = code.explanation(in: .en)
                page += "\n<a id=\"\(code.rawValue)\"></a>\n### `\(code.rawValue)`\n\n\(meaning)\n\n"
                if case .report(let report) = code.example { page += "```yaml\n" + report + "```\n\n" }
                page += "```console\n$ gsz check \(examplePath)\n" + exampleOutput(code, standard: standard, language: .en) + "```\n\n"
                page += "**Fix:** " + fix + "\n"
            }
        }
        return page
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }
}

/// The headings of `gsz explain`; each catalogue words them.
enum CodeWording: CaseIterable {
    case example, fix

    /// The heading in `language`.
    func text(in language: Language) -> String {
        language.catalogue.codeWord(self)
    }
}
