import Foundation
@testable import GSZKit
import GSZTestSupport
import Testing

/// Finding: a value was shown with two decimals whatever the threshold beside it, so against a
/// threshold that is not whole (a standard may set `at_least: 2.5`) hours 2.4999 read "2.5 hours:
/// at least 2.5 hours required"; a threshold with more decimals was rounded onto the value; and a
/// gap under a billionth was tidied to "0 hours short".
@Suite("A value is shown on the side of its threshold its level says")
struct ThresholdSideTests {
    @Test("a value keeps the decimals that keep it inside its level's span", arguments: [
        (2.4999, ValueSpan.below(2.5), "2.4999"), (2.5, .from(2.5), "2.5"), (66.6655, .below(66.666), "66.6655"),
        (84.9951, ValueSpan(lower: (50, true), upper: (85, false)), "84.995"), (4.0001, .above(4), "4.0001"),
        (88.46153846153847, .from(85), "88.46"), (85, .below(85), "<85"), (4, .above(4), ">4"),
    ])
    func within(_ value: Double, _ span: ValueSpan, _ expected: String) {
        #expect(NumberText.plain(value, within: span) == expected)
    }

    @Test("a threshold is shown as the standard wrote it", arguments: [(66.666, "66.666"), (2.6649, "2.6649"), (85, "85")])
    func exact(_ threshold: Double, _ expected: String) {
        #expect(NumberText.exact(threshold) == expected)
    }

    @Test("requirement sentences in every language keep value, threshold and gap apart", arguments: Language.allCases)
    func sentences(_ language: Language) {
        let failed = Hint.requirementFailed(value: 2.4999, bound: .atLeast, threshold: 2.5, gap: 0.0001, unit: .hours).text(in: language)
        let comma = { (text: String) in language == .en ? text : text.replacingOccurrences(of: ".", with: ",") }
        #expect(failed.hasPrefix(comma("2.4999 ")), "\(failed)")
        #expect(failed.contains(comma("0.0001 ")), "\(failed)")
        let rounded = Hint.requirementFailed(value: 2.6645, bound: .atLeast, threshold: 2.6649, gap: 0.0004, unit: .hours)
            .text(in: language)
        #expect(rounded.contains(comma("2.6649 ")), "\(rounded)")
    }

    @Test("a gap smaller than floating-point dust is still a gap")
    func tinyGap() throws {
        let report = Reports.header + "\n  - {id: S, kind: training, form: seminar, date: 2026-02-10, hours: 1.9999999999,"
            + " participants: 20, provider: {name: A, experience_years: 3}}\n"
        let result = Checker(standard: try Reports.standard()).check(Array(report.utf8), path: "r.yaml")
        let hours = try #require(result.services.first?.indicators.first { $0.id == "hours" })
        #expect(hours.level == .noncompliant)
        let text = hours.hint.text(in: .en)
        #expect(text == "1.9999999999 hours: at least 2 hours required, 0.0000000001 hours short", "\(text)")
    }
}
