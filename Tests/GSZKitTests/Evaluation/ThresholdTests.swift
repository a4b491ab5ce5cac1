import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// The thresholds of the Standard's tables, written here independently of `Standards/`, so a wrong
/// number in a standard file fails these tests.
@Suite("Every cell of the thresholds table, at and around its boundary")
struct ThresholdTests {
    struct GradedCell: CustomTestStringConvertible, Sendable {
        let form: String
        let indicator: String
        let minimal: Int
        let maximal: Int
        var testDescription: String { "\(form).\(indicator) \(minimal)/\(maximal)" }
    }

    static let graded: [GradedCell] = [
        GradedCell(form: "seminar", indicator: "satisfaction", minimal: 50, maximal: 85),
        GradedCell(form: "training", indicator: "satisfaction", minimal: 60, maximal: 85),
        GradedCell(form: "master_class", indicator: "satisfaction", minimal: 50, maximal: 85),
        GradedCell(form: "lecture", indicator: "satisfaction", minimal: 50, maximal: 85),
        GradedCell(form: "course", indicator: "satisfaction", minimal: 75, maximal: 95),
        GradedCell(form: "internship", indicator: "satisfaction", minimal: 50, maximal: 85),
        GradedCell(form: "training", indicator: "success_stories", minimal: 3, maximal: 7),
        GradedCell(form: "course", indicator: "success_stories", minimal: 5, maximal: 10),
        GradedCell(form: "internship", indicator: "success_stories", minimal: 1, maximal: 5),
        GradedCell(form: "seminar", indicator: "participants", minimal: 12, maximal: 35),
        GradedCell(form: "training", indicator: "participants", minimal: 10, maximal: 25),
    ]

    /// A service of `form` whose `indicator` input is `value`.
    static func service(form: String, indicator: String, value: Int) -> String {
        switch indicator {
        case "satisfaction":
            Reports.service(form: form, participants: 100, respondents: 100, satisfied: value)
        case "success_stories":
            Reports.service(form: form, stories: value)
        default:
            Reports.service(form: form, participants: value, respondents: nil, satisfied: nil)
        }
    }

    @Test("graded: below minimal, minimal from it, maximal from the maximal threshold", arguments: graded)
    func gradedBoundaries(cell: GradedCell) throws {
        let cases: [(Int, IndicatorLevel)] = [
            (cell.minimal - 1, .noncompliant), (cell.minimal, .minimal), (cell.minimal + 1, .minimal),
            (cell.maximal - 1, .minimal), (cell.maximal, .maximal), (cell.maximal + 1, .maximal),
        ]
        for (value, expected) in cases where value >= 0 && (cell.indicator != "satisfaction" || value <= 100) {
            let result = try Reports.onlyService(Reports.report([Self.service(form: cell.form, indicator: cell.indicator, value: value)]))
            #expect(result.level(cell.indicator) == expected, "\(cell.form) \(cell.indicator) = \(value)")
        }
    }

    struct Requirement: CustomTestStringConvertible, Sendable {
        let form: String
        let indicator: String
        let threshold: Double
        let atLeast: Bool
        var testDescription: String { "\(form).\(indicator) \(atLeast ? "≥" : "≤") \(threshold)" }
    }

    static let requirements: [Requirement] = [
        Requirement(form: "seminar", indicator: "hours", threshold: 2, atLeast: true),
        Requirement(form: "training", indicator: "hours", threshold: 4, atLeast: true),
        Requirement(form: "seminar", indicator: "days", threshold: 4, atLeast: false),
        Requirement(form: "training", indicator: "days", threshold: 3, atLeast: false),
        Requirement(form: "seminar", indicator: "experience", threshold: 1, atLeast: true),
        Requirement(form: "training", indicator: "experience", threshold: 2, atLeast: true),
    ]

    @Test("requirements: hours and experience at least, days at most", arguments: requirements)
    func requirementBoundaries(requirement: Requirement) throws {
        let step = requirement.indicator == "days" ? 1.0 : 0.5
        let cases: [(Double, IndicatorLevel)] = requirement.atLeast
            ? [(requirement.threshold - step, .noncompliant), (requirement.threshold, .meets), (requirement.threshold + step, .meets)]
            : [(requirement.threshold - step, .meets), (requirement.threshold, .meets), (requirement.threshold + step, .noncompliant)]
        for (value, expected) in cases {
            let text = switch requirement.indicator {
            case "hours": Reports.service(form: requirement.form, hours: value)
            case "days": Reports.service(form: requirement.form, days: Int(value))
            default: Reports.service(form: requirement.form, experience: value)
            }
            let result = try Reports.onlyService(Reports.report([text]))
            #expect(result.level(requirement.indicator) == expected, "\(requirement.form) \(requirement.indicator) = \(value)")
        }
    }

    @Test("each form is assessed on exactly the indicators the table gives it", arguments: [
        ("seminar", ["satisfaction", "participants", "hours", "days", "experience"]),
        ("training", ["satisfaction", "success_stories", "participants", "hours", "days", "experience"]),
        ("master_class", ["satisfaction"]),
        ("lecture", ["satisfaction"]),
        ("webinar", []),
        ("video_lesson", []),
        ("course", ["satisfaction", "success_stories"]),
        ("internship", ["satisfaction", "success_stories"]),
    ])
    func applicableIndicators(form: String, expected: [String]) throws {
        let result = try Reports.onlyService(Reports.report([Reports.service(form: form, stories: 3)]))
        #expect(result.indicators.map(\.id).sorted() == expected.sorted())
    }

    @Test("satisfaction is unrounded: 84.6% is minimal, exactly 85% maximal")
    func unroundedSatisfaction() throws {
        let almost = try Reports.onlyService(Reports.report([Reports.service(participants: 1000, respondents: 1000, satisfied: 846)]))
        #expect(almost.level("satisfaction") == .minimal)
        let exactly = try Reports.onlyService(Reports.report([Reports.service(participants: 20, respondents: 20, satisfied: 17)]))
        #expect(exactly.level("satisfaction") == .maximal)
        #expect(exactly.indicators.first { $0.id == "satisfaction" }?.value == 85)
        // 7 of 12 is 58.33…%: unrounded, it stays below training's 60%.
        let training = try Reports.onlyService(Reports.report([Reports.service(form: "training", participants: 12, respondents: 12, satisfied: 7)]))
        #expect(training.level("satisfaction") == .noncompliant)
    }

    @Test("a list of success stories counts its items")
    func storiesAsList() throws {
        let text = Reports.report([Reports.service(form: "course") + "\n  success_stories:\n    - Первая\n    - Вторая\n    - Третья\n    - Четвёртая\n    - Пятая"])
        let result = try Reports.onlyService(text)
        #expect(result.level("success_stories") == .minimal)
        #expect(result.indicators.first { $0.id == "success_stories" }?.value == 5)
    }
}
