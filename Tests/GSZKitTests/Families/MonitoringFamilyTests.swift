import GSZKit
import GSZYAML
import Testing

/// Contract §11: quarters and half-years judged only once they are due on `as_of`, visits
/// counted only within the project's term and the quarter.
@Suite struct MonitoringFamilyTests {
    static func document(asOf: String, period: String = "{from: 2026-02-01, to: 2026-11-30}",
                         visits: String = "[2026-03-15, 2026-05-20, 2026-08-10, 2026-11-05]",
                         reports: String = "[{half: 1, year: 2026, submitted: 2026-06-04}]") -> String {
        """
        monitoring: {body: ГУ, as_of: \(asOf)}
        projects:
          - id: P1
            ngo: {name: ОФ «Болашақ», bin: "180540012343"}
            period: \(period)
            visits: \(visits)
        reports: \(reports)

        """
    }

    static func items(_ result: FileResult, _ rule: String) -> [String] {
        result.findings.filter { $0.rule == rule }.compactMap(\.item)
    }

    /// A quarter is judged once it has ended on `as_of`, the last day included.
    @Test(arguments: [
        ("2026-06-29", ["P1 2026-Q1"]), ("2026-06-30", ["P1 2026-Q1", "P1 2026-Q2"]),
        ("2026-12-31", ["P1 2026-Q1", "P1 2026-Q2", "P1 2026-Q3", "P1 2026-Q4"]), ("2026-03-30", []),
    ])
    func quartersJudged(asOf: String, expected: [String]) {
        let result = Rendering.report(Self.document(asOf: asOf))
        #expect(Self.items(result, "monitoring.quarterly") == expected)
    }

    /// The half-year report is judged from its due day on, and in time on the due day itself.
    @Test(arguments: [
        ("2026-06-04", "2026-06-04", nil), ("2026-06-05", "2026-06-05", IndicatorLevel.meets),
        ("2026-06-10", "2026-06-06", .noncompliant), ("2026-12-05", "2026-06-05", .meets),
    ])
    func halfYearReport(asOf: String, submitted: String, level: IndicatorLevel?) throws {
        let result = Rendering.report(Self.document(asOf: asOf, reports: "[{half: 1, year: 2026, submitted: \(submitted)}]"))
        let first = result.findings.first { $0.rule == "monitoring.report" && $0.item == "2026-H1" }
        #expect(first?.level == level)
        if let first {
            #expect(first.due.map(String.init(describing:)) == "2026-06-05")
            #expect(first.actual.map(String.init(describing:)) == submitted)
        }
    }

    @Test func aMissingReportIsBrokenAndADatelessOneMissing() throws {
        let none = Rendering.report(Self.document(asOf: "2026-12-05", reports: "[{half: 1, year: 2026, submitted: 2026-06-01}]"))
        let second = try #require(none.findings.first { $0.item == "2026-H2" })
        #expect(second.level == .noncompliant && second.due.map(String.init(describing:)) == "2026-12-05" && second.actual == nil)
        let dateless = Rendering.report(Self.document(asOf: "2026-06-05", reports: "[{half: 1, year: 2026}]"))
        #expect(dateless.findings.first { $0.item == "2026-H1" }?.level == .missing)
        #expect(dateless.verdict == .incomplete)
    }

    /// A half-year in which no project ran is not judged.
    @Test func onlyHalvesInWhichAProjectRan() {
        let result = Rendering.report(Self.document(asOf: "2026-12-10", period: "{from: 2026-07-01, to: 2026-12-31}",
                                                    visits: "[2026-08-01]", reports: "[{half: 2, year: 2026, submitted: 2026-12-01}]"))
        #expect(Self.items(result, "monitoring.report") == ["2026-H2"])
        #expect(result.verdict == .compliant)
    }

    /// The second half is due on 5 December, before a project starting on the 10th has begun.
    @Test func aHalfIsJudgedFromItsDueDay() {
        let result = Rendering.report(Self.document(asOf: "2026-12-06", period: "{from: 2026-12-10, to: 2027-03-31}",
                                                    visits: "[]", reports: "[]"))
        #expect(Self.items(result, "monitoring.report") == ["2026-H2"])
        #expect(Self.items(result, "monitoring.quarterly").isEmpty)
    }

    /// Terms of centuries, many times over, end in one located error instead of millions of findings.
    @Test func aLogBuiltToExhaustTheCheckerIsRefused() throws {
        let projects = (1...3).map { "  - {id: P\($0), period: {from: 1000-01-01, to: 9999-12-31}}\n" }.joined()
        let result = Rendering.report("monitoring: {as_of: 9999-12-31}\nprojects:\n" + projects)
        let error = try #require(result.errors.first)
        #expect(error.message == .tooManyQuarters(limit: 50_000))
        #expect(error.location?.line == 4)
        #expect(result.findings.isEmpty)
    }

    @Test func aVisitOutsideTheTermIsAWarningAndNotCounted() throws {
        let result = Rendering.report(Self.document(asOf: "2026-03-31", visits: "[2026-01-20]", reports: "[]"))
        let warning = try #require(result.warnings.first)
        #expect(warning.message.id == "visit_outside_period")
        #expect(warning.location?.line == 6)
        let q1 = try #require(result.findings.first { $0.item == "P1 2026-Q1" })
        #expect(q1.level == .noncompliant && q1.value == 0 && q1.limit == 1)
        #expect(result.verdict == .noncompliant)
    }

    /// A 2023 log enters no working-day count, so it needs no calendar for 2023.
    @Test func aLogOfAnUncoveredYearNeedsNoCalendar() {
        let result = Rendering.report(Self.document(asOf: "2024-01-10", period: "{from: 2023-01-01, to: 2023-12-31}",
                                                    visits: "[2023-02-01, 2023-05-01, 2023-08-01, 2023-11-01]",
                                                    reports: "[{half: 1, year: 2023, submitted: 2023-06-05}, {half: 2, year: 2023, submitted: 2023-12-01}]"))
        #expect(result.errors.isEmpty)
        #expect(result.verdict == .compliant)
        #expect(result.findings.count == 6)
    }

    @Test func figuresCountProjectsAndQuarters() {
        let result = Rendering.report(Self.document(asOf: "2026-12-01", visits: "[2026-03-15, 2026-08-10]"))
        let figures = Dictionary(uniqueKeysWithValues: result.figures.map { ($0.id, $0.value) })
        #expect(figures == ["projects_monitored": 1, "quarters_judged": 3, "quarters_monitored": 2])
    }

    @Test(arguments: [
        ("monitoring: {body: ГУ}\nprojects: []\n", "missing_field", 1),
        ("monitoring: {as_of: 2026-12-01}\nprojects:\n  - {id: P1}\n", "missing_field", 3),
        ("monitoring: {as_of: 2026-12-01}\nprojects:\n  - {id: P1, period: {from: 2026-05-01, to: 2026-04-01}}\n", "from_after_to", 3),
        ("monitoring: {as_of: 2026-12-01}\nprojects:\n  - {id: P1, period: {from: 2026-01-01, to: 2026-04-01}}\n  - {id: P1, period: {from: 2026-01-01, to: 2026-04-01}}\n", "duplicate_id", 4),
        ("monitoring: {as_of: 2026-12-01}\nreports: [{half: 3, year: 2026}]\n", "unknown_half", 2),
        ("monitoring: {as_of: 2026-12-01}\nprojects:\n  - {id: P1, ngo: {bin: \"180540012344\"}, period: {from: 2026-01-01, to: 2026-04-01}}\n", "bin_check_digit", 3),
        ("monitoring: {as_of: 2026-12-01}\nprojects:\n  - {id: P1, period: {from: 2026-01-01, to: 2026-04-01}, visits: [2026-04-31]}\n", "nonexistent_date", 3),
    ])
    func inputErrors(text: String, id: String, line: Int) throws {
        let result = Rendering.report(text)
        #expect(result.verdict == .error)
        let error = try #require(result.errors.first { $0.message.id == id }, "\(result.errors.map(\.message.id))")
        #expect(error.location?.line == line)
    }
}

/// Every rule a family's findings carry is listed with a summary, once, so SARIF names it up front.
@Suite struct FamilyRuleListTests {
    @Test func rulesAreListedOnceAndCoverTheFindings() {
        var descriptions: [RuleDescription] = []
        for family in RuleFamilies.all { descriptions += family.rules }
        let listed = descriptions.map { $0.id }
        #expect(Set(listed).count == listed.count)
        for result in DocumentFormatTests.results {
            for finding in result.findings {
                #expect(listed.contains(finding.rule), "\(finding.rule) is not listed")
            }
        }
        #expect(descriptions.allSatisfy { !$0.summary.isEmpty })
    }
}
