import Foundation
@testable import GSZKit
import GSZTestSupport
import Testing

/// The codes are one list: every check's code has its entry, every example gets its code,
/// and `docs/codes.md` is what the list makes of them.
@Suite struct CodeBookTests {
    static var standard: Standard { TestStandard.builtin }
    static let page = FormatBatch.root.appendingPathComponent("docs/codes.md")

    @Test("every input check's code is in the list, with the same severity, and nothing else is")
    func sameAsChecks() {
        #expect(Set(InputCheck.all.map(\.id)) == Set(DiagnosticCode.allCases.map(\.rawValue)))
        for check in InputCheck.all {
            #expect(DiagnosticCode(rawValue: check.id)?.severity == check.severity, "\(check.id)")
        }
    }

    @Test("every message a report can get has a code in the list")
    func everyMessage() {
        let command = Set(["no_reports_found", "spreadsheets_passed_over", "standard_unusable", "cannot_write", "output_exists", "server_missing", "output_is_input",
                           "output_twice", "more_not_shown", "binary_to_terminal", "hint", "kind_without_forms",
                           "through_alias"])
        for message in Examples.messages where !message.id.hasPrefix("standard_") && !command.contains(message.id) {
            #expect(DiagnosticCode(rawValue: message.id) != nil, "\(message.id) has no entry in DiagnosticCode")
        }
    }

    @Test("each example report gets its code", arguments: DiagnosticCode.allCases)
    func example(_ code: DiagnosticCode) throws {
        guard case .report(let text) = code.example else { return }
        let result = Checker(standard: Self.standard).check(Array(text.utf8), path: "example.yaml")
        let found = (result.errors + result.warnings).filter { $0.message.id == code.rawValue }
        #expect(found.first?.severity == code.severity, "\(code): \((result.errors + result.warnings).map(\.message.id))")
        #expect(CodeBook.exampleOutput(code, standard: Self.standard, language: .en).contains("= code: \(code.rawValue) (gsz explain \(code.rawValue))"))
    }

    @Test("each explanation exists and differs by language", arguments: DiagnosticCode.allCases)
    func explanations(_ code: DiagnosticCode) {
        let texts = Language.allCases.map { code.explanation(in: $0) }
        #expect(texts.allSatisfy { !$0.meaning.isEmpty && !$0.fix.isEmpty })
        #expect(Set(texts.map(\.fix)).count == Language.allCases.count, "\(code)")
        for language in Language.allCases {
            let text = CodeBook.explain(code, standard: Self.standard, language: language)
            #expect(text.hasPrefix(code.rawValue + " (") && text.contains(code.explanation(in: language).fix) && text.contains(code.helpURI))
        }
    }

    @Test("docs/codes.md is the list's page, an entry and an anchor for every code")
    func page() throws {
        let generated = CodeBook.markdown(standard: Self.standard)
        if ProcessInfo.processInfo.environment["GSZ_RECORD"] == "1" {
            try generated.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(recorded == generated, "docs/codes.md differs; re-record with GSZ_RECORD=1 if intended")
        for code in DiagnosticCode.allCases {
            #expect(recorded.contains("<a id=\"\(code.rawValue)\"></a>\n### `\(code.rawValue)`"))
        }
    }
}
