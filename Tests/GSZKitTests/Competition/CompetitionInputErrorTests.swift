import GSZKit
import GSZYAML
import Testing

/// Input errors in competition files: each located, each making the verdict `error`.
@Suite struct CompetitionInputErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let edits: [(String, String)]
        /// The message id expected, and the line it is expected on.
        let id: String
        let line: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an application for an unknown topic", edits: [("    topic: T1\n    ngo: {name: ОО", "    topic: T7\n    ngo: {name: ОО")],
             id: "unknown_topic", line: 39),
        Case(name: "a score by someone not on the commission", edits: [("{member: Ким В., capacity: 5", "{member: Ким Б., capacity: 5")],
             id: "unknown_member", line: 36),
        Case(name: "a conflict in an unknown application", edits: [("conflicts: [A3]", "conflicts: [A9]")],
             id: "unknown_application", line: 22),
        Case(name: "a BIN failing its check digit", edits: [("bin: \"180540012343\"", "bin: \"180540012344\"")],
             id: "bin_check_digit", line: 29),
        Case(name: "text where a score belongs", edits: [("capacity: 4, staff: 3, focus: 6", "capacity: four, staff: 3, focus: 6")],
             id: "wrong_type", line: 35),
        Case(name: "a date-time written DD.MM.YYYY", edits: [("deadline: \"2026-03-20 18:00\"", "deadline: \"20.03.2026 18:00\"")],
             id: "malformed_date_time", line: 10),
        Case(name: "a date-time with an impossible hour", edits: [("submitted: \"2026-03-19 16:40\"", "submitted: \"2026-03-19 24:10\"")],
             id: "malformed_date_time", line: 30),
        Case(name: "a date-time with a T", edits: [("submitted: \"2026-03-19 16:40\"", "submitted: \"2026-03-19T16:40\"")],
             id: "malformed_date_time", line: 30),
        Case(name: "a date not on the calendar", edits: [("budget_approved: 2026-01-10", "budget_approved: 2026-02-30")],
             id: "nonexistent_date", line: 6),
        Case(name: "text where a date belongs", edits: [("experts_notified: 2026-03-24", "experts_notified: soon")],
             id: "malformed_date", line: 13),
        Case(name: "no topics", edits: [("  topics:\n    - {id: T1, title: Поддержка волонтёрства}\n", "")],
             id: "missing_field", line: 5),
        Case(name: "an empty list of topics", edits: [("  topics:\n    - {id: T1, title: Поддержка волонтёрства}\n", "  topics: []\n")],
             id: "no_topics", line: 15),
        Case(name: "a commission entry without a role", edits: [("{name: Омаров Т., role: member, ", "{name: Омаров Т., ")],
             id: "missing_field", line: 24),
        Case(name: "an unknown role", edits: [("role: deputy", "role: vice")], id: "unknown_role", line: 19),
        Case(name: "a score of text in a boolean", edits: [("admitted: false", "admitted: no")], id: "wrong_type", line: 55),
        Case(name: "an application id used twice", edits: [("  - id: A2\n", "  - id: A1\n")], id: "duplicate_id", line: 38),
        Case(name: "a count needing a year the calendar lacks", edits: [("budget_approved: 2026-01-10", "budget_approved: 2029-01-10"),
                                                                       ("plan_approved: 2026-02-05", "plan_approved: 2029-02-05")],
             id: "calendar_not_covered", line: 6),
    ]

    @Test("each input error, located", arguments: cases)
    func inputError(_ test: Case) throws {
        let result = try Competitions.result(try Competitions.held(test.edits))
        #expect(result.verdict == .error)
        let found = result.errors.map { "\($0.message.id)@\($0.location?.line ?? 0)" }
        #expect(found.contains("\(test.id)@\(test.line)"), "\(found)")
        // One mistake, one error: nothing that depends on it is reported again.
        #expect(found.count == 1, "\(found)")
    }

    @Test("a count from December 2027 needs 2028, which the calendar lacks: the error names that year at the date")
    func yearAcrossTheEnd() throws {
        let result = try Competitions.result(try Competitions.held([("budget_approved: 2026-01-10", "budget_approved: 2027-12-20"),
                                                                    ("plan_approved: 2026-02-05", "plan_approved: 2028-01-20")]))
        #expect(result.errors.map(\.message) == [.calendarNotCovered(field: "competition.budget_approved", year: 2028)])
        #expect(result.errors.first?.location?.line == 6)
    }

    @Test("a count over 2027, whose calendar is provisional, is named once in a warning at the date that needed it")
    func provisionalYear() throws {
        let result = try Competitions.result(try Competitions.held([
            ("evaluation: {from: 2026-03-30, to: 2026-04-17}", "evaluation: {from: 2027-03-29, to: 2027-04-16}")]))
        #expect(result.errors.isEmpty)
        let provisional = result.warnings.filter { $0.message.id == "provisional_calendar" }
        #expect(provisional.map(\.message) == [.provisionalCalendar(field: "competition.evaluation", year: 2027)])
        #expect(provisional.first?.location?.line == 14)
        let held = try Competitions.result(try Competitions.held([]))
        #expect(!held.warnings.contains { $0.message.id == "provisional_calendar" })
    }

    @Test("each count the calendar cannot make is an error at its own date, in the order of the rules")
    func twoYearsMissing() throws {
        let result = try Competitions.result(try Competitions.held([
            ("budget_approved: 2026-01-10", "budget_approved: 2027-12-20"), ("plan_approved: 2026-02-05", "plan_approved: 2028-01-20"),
            ("evaluation: {from: 2026-03-30, to: 2026-04-17}", "evaluation: {from: 2028-03-01, to: 2028-03-20}")]))
        #expect(result.errors.map(\.message) == [.calendarNotCovered(field: "competition.budget_approved", year: 2028),
                                                 .calendarNotCovered(field: "competition.evaluation", year: 2028)])
        #expect(result.errors.map { $0.location?.line } == [6, 14])
    }

    @Test("a provisional year two counts reach is named once, at the date of the first count")
    func provisionalYearOnce() throws {
        let result = try Competitions.result(try Competitions.held([
            ("budget_approved: 2026-01-10", "budget_approved: 2027-01-11"), ("plan_approved: 2026-02-05", "plan_approved: 2027-02-05"),
            ("evaluation: {from: 2026-03-30, to: 2026-04-17}", "evaluation: {from: 2027-03-29, to: 2027-04-16}")]))
        let provisional = result.warnings.filter { $0.message.id == "provisional_calendar" }
        #expect(provisional.map(\.message) == [.provisionalCalendar(field: "competition.budget_approved", year: 2027)])
        #expect(provisional.first?.location?.line == 6)
    }

    @Test("an unknown key is a warning with a suggestion, not an error")
    func unknownKey() throws {
        let result = try Competitions.result(try Competitions.held([("    in_ngo_database: true\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 4",
                                                                     "    in_ngo_databse: true\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 4")]))
        #expect(result.warnings.map(\.message) == [.unknownKey(key: "in_ngo_databse", suggestion: "in_ngo_database")])
        #expect(result.verdict == .incomplete)
    }

    @Test("every error is reported, not only the first")
    func everyError() throws {
        let result = try Competitions.result(try Competitions.held([("conflicts: [A3]", "conflicts: [A9]"),
                                                                    ("bin: \"180540012343\"", "bin: \"18054001234\"")]))
        #expect(Set(result.errors.map(\.message.id)) == ["unknown_application", "bin_length"])
    }
}
