import ArgumentParser
import GSZKit

/// `gsz explain CODE`: what an error or warning code means, an example, and the fix.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an error or warning code: what it means, an example, and how to fix it.",
        discussion: """
            The code is the word in brackets at the end of an error or warning line \
            ([bin_check_digit]), or the "code" of a JSON error. Without a code, lists them all. \
            docs/codes.md holds the same entries.

            Examples:
              gsz explain bin_check_digit
              gsz explain unknown_key --lang ru
              gsz explain
            """
    )

    @Argument(help: ArgumentHelp("The code, such as bin_check_digit.", valueName: "code"))
    var code: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.resolved
        let sink = OutputSink()
        defer { sink.finish() }
        guard let code else {
            let width = DiagnosticCode.allCases.map(\.rawValue.count).max() ?? 0
            let lines = DiagnosticCode.allCases.map { code in
                code.rawValue + String(repeating: " ", count: width - code.rawValue.count) + "  "
                    + code.severity.rawValue.padding(7) + " " + code.explanation(in: language).meaning
            }
            sink.write(Array((lines.joined(separator: "\n") + "\n").utf8))
            return
        }
        guard let known = DiagnosticCode(rawValue: code) else {
            let names = DiagnosticCode.allCases.map(\.rawValue)
            writeError(.unknownValue(field: "code", value: code, known: names, suggestion: DiagnosticCode.closest(to: code)),
                       in: language)
            throw ExitCode(2)
        }
        let standard = try StandardOption.load(nil, language: language)
        sink.write(Array(CodeBook.explain(known, standard: standard, language: language).utf8))
    }
}

extension String {
    /// The text with spaces after it up to `width` characters.
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
