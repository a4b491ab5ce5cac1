import Foundation
@testable import GSZKit
import Testing

/// The HTML page of a batch: an index of every file linked to its section, the first
/// file's fix list (shown when the page holds one file), the legend, A4 print rules.
@Suite struct HTMLBatchTests {
    @Test("the index lists every file once, in input order, linked to a section that exists", arguments: RequiredLevel.allCases)
    func index(_ required: RequiredLevel) throws {
        let page = FormatBatch.text(.html, required: required)
        let nav = try #require(page.components(separatedBy: "<nav class=\"index\">").dropFirst().first?.components(separatedBy: "</nav>").first)
        let entries = nav.components(separatedBy: "<li class=\"").dropFirst()
        #expect(entries.count == FormatBatch.results.count)
        for (position, (entry, result)) in zip(entries, FormatBatch.results).enumerated() {
            #expect(entry.hasPrefix("v-\(result.verdict.rawValue)\"><a href=\"#file-\(position + 1)\">"))
            #expect(page.contains("id=\"file-\(position + 1)\""))
            #expect(entry.contains(result.verdict.passes(required) ? "class=\"pass yes\"" : "class=\"pass no\""))
        }
        #expect(page.contains("<p class=\"legend\">"))
        #expect(page.contains("@page { size: A4;") && page.contains("counter(page) \" / \" counter(pages)"))
    }

    @Test("one report gets its fix list: errors and each indicator below the required level", arguments: Language.allCases)
    func fixes(_ language: Language) {
        var options = FormatBatch.options(required: .maximal, language: language)
        options.language = language
        let minimal = Rendering.sample("minimal")
        let page = String(decoding: HTMLFormat(options: options).render([minimal], required: .maximal), as: UTF8.self)
        let fix = page.components(separatedBy: "<section class=\"fix\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        #expect(fix.contains(IndexWording.whatToFix.text(in: language)))
        let failing = minimal.services.flatMap(\.indicators).count { !$0.level.passes(.maximal) }
        #expect(failing > 0)
        #expect(fix.components(separatedBy: "<li>").count - 1 == failing)
        let passing = String(decoding: HTMLFormat(options: FormatBatch.options(language: language)).render([Rendering.sample("maximal")], required: .minimal),
                             as: UTF8.self)
        #expect(passing.contains(IndexWording.nothingToFix.text(in: language)))
    }
}
