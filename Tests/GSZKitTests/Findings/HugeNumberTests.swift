import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

/// Finding: numbers a report may legally hold, but far past any real one, trapped or hung
/// the checker. `hours: 1e18` and counts near Int.max trapped converting a Double to Int
/// (NumberText, Plural, the positive-answers hint); 2^63 respondents with one satisfied hung
/// the hint's step-down loop, because past 2^53 subtracting 1 changes nothing.
@Suite("Huge numbers in a report are judged and rendered, never trap or hang")
struct HugeNumberTests {
    static let fields = [
        "hours: 1e18, provider: {name: A, experience_years: 1e19}",
        "hours: 1e300, provider: {name: A, experience_years: 1e300}",
        "participants: 9223372036854775807",
        "success_stories: 9223372036854775807",
        "participants: 9223372036854775807, feedback: {respondents: 9223372036854775807, satisfied: 1}",
        "participants: 9223372036854775807, feedback: {respondents: 9223372036854775807, satisfied: 9223372036854775807}",
        "participants: 9007199254740993, feedback: {respondents: 9007199254740993, satisfied: 4503599627370497}",
    ]

    @Test("every language, text and JSON", .timeLimit(.minutes(1)), arguments: fields)
    func rendered(fields: String) throws {
        let standard = try Reports.standard()
        let report = Reports.header + "\n  - {id: S, kind: training, form: training, date: 2026-01-01, " + fields + "}\n"
        let result = Checker(standard: standard).check(Array(report.utf8), path: "huge.yaml")
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        for language in Language.allCases {
            let options = RenderOptions(language: language, required: .minimal, color: false, standard: standard,
                                        toolVersion: "test")
            var text = OutputBuffer()
            TextFormat(options: options).file(result, position: 0, into: &text)
            #expect(text.count > 0)
            let json = JSONFormat(options: options).render([result], required: .minimal)
            #expect((try? JSONSerialization.jsonObject(with: Data(json))) != nil, "\(String(decoding: json, as: UTF8.self))")
        }
    }

    @Test("the monitoring summary totals huge counts without overflowing")
    func summaryTotals() throws {
        let standard = try Reports.standard()
        let service = "kind: training, form: seminar, participants: 9223372036854775807, success_stories: 9223372036854775807"
        let report = Reports.header + "\n  - {id: A, date: 2026-01-01, \(service)}\n  - {id: B, date: 2026-01-02, \(service)}\n"
        let result = Checker(standard: standard).check(Array(report.utf8), path: "huge.yaml")
        var summary = MonitoringSummary(standard: standard)
        summary.add(result)
        summary.add(result)
        #expect(summary.total.participants == Int.max)
        #expect(summary.total.successStories == Int.max)
    }

    @Test("the saturating conversion holds the ends of Int's range", arguments: [
        (0x1p63, Int.max), (1e300, Int.max), (-0x1p63, Int.min), (-1e300, Int.min), (Double.nan, 0), (-2.7, -2), (42, 42),
    ])
    func saturating(value: Double, expected: Int) {
        #expect(value.saturatingInt == expected)
    }

    @Test("numbers past 1e15 show in their shortest exact form; below, as before")
    func numberText() {
        #expect(NumberText.short(1e18) == "1e+18")
        #expect(NumberText.short(28) == "28")
        #expect(NumberText.short(88.4615) == "88.46")
        #expect(NumberText.short(2.5, in: .ru) == "2,5")
    }
}
