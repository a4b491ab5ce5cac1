import Foundation
@testable import GSZKit
import Testing

/// Each format for people says, per file, whether it passes `--require`, and the batch's
/// line says how many pass and fail; the marks follow `Verdict.passes(_:)`, which the exit
/// status also goes by.
@Suite struct PassingTests {
    static let levels = RequiredLevel.allCases

    @Test("text: each heading ends with the file's pass or fail", arguments: levels)
    func textHeadings(_ required: RequiredLevel) {
        let text = FormatBatch.text(.text, required: required)
        for result in FormatBatch.results {
            let mark = result.verdict.passes(required) ? "passes" : "fails (required: \(required.rawValue))"
            #expect(text.contains("\(result.path): \(result.verdict.name(in: .en)) — \(mark)\n"), "\(result.path)")
        }
        let failing = FormatBatch.results.count { !$0.verdict.passes(required) }
        let passing = FormatBatch.results.count - failing
        #expect(text.contains("Required: \(required.rawValue) — \(passing) pass\(passing == 1 ? "es" : ""), \(failing) fail"))
    }

    @Test("JSON: passes per file, the required level and the counts in the summary", arguments: levels)
    func json(_ required: RequiredLevel) throws {
        let parsed = try DecodedJSON.parse(FormatBatch.render(.json, required: required))
        let files = parsed["files"]?.array ?? []
        #expect(files.count == FormatBatch.results.count)
        for (file, result) in zip(files, FormatBatch.results) {
            #expect(file["passes"] == .bool(result.verdict.passes(required)), "\(result.path)")
        }
        let summary = try #require(parsed["summary"])
        #expect(summary["required"] == .string(required.rawValue))
        let failing = FormatBatch.results.count { !$0.verdict.passes(required) }
        #expect(summary["failing"] == .number(Double(failing)))
        #expect(summary["passing"] == .number(Double(FormatBatch.results.count - failing)))
    }

    @Test("HTML and Markdown differ with --require maximal exactly where a file fails")
    func pagesDiffer() {
        for format in [FormatName.html, .markdown] {
            #expect(FormatBatch.text(format, required: .minimal) != FormatBatch.text(format, required: .maximal))
        }
        let html = FormatBatch.text(.html, required: .maximal)
        let failing = FormatBatch.results.count { !$0.verdict.passes(.maximal) }
        #expect(html.components(separatedBy: "<span class=\"pass no\">fails (required: maximal)</span>").count - 1 == 2 * failing, "in the index and in the section")
        #expect(html.contains("<p class=\"required no\">Required: maximal — "))
        let markdown = FormatBatch.text(.markdown, required: .maximal)
        #expect(markdown.contains("Required: maximal — "))
    }

    @Test("the words exist in every language and differ between pass and fail", arguments: Language.allCases)
    func words(_ language: Language) {
        for required in Self.levels {
            let pass = PassWording.mark(.maximal, required: required, in: language)
            let fail = PassWording.mark(.noncompliant, required: required, in: language)
            #expect(pass != fail)
            #expect(fail.contains(PassWording.level(required, in: language)))
        }
    }

    @Test("--quiet leaves out passing files in text and keeps the totals")
    func quiet() {
        var options = FormatBatch.options()
        options.quiet = true
        let text = String(decoding: TextFormat(options: options).render(FormatBatch.results, required: .minimal), as: UTF8.self)
        for result in FormatBatch.results {
            #expect(text.contains("\(result.path): ") == !result.verdict.passes(.minimal), "\(result.path)")
        }
        #expect(!text.hasPrefix("\n"))
        #expect(text.split(separator: "\n").last?.hasPrefix("Total: ") == true)
    }
}
