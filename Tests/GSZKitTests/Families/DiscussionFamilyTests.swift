import GSZKit
import GSZYAML
import Testing

/// Contract §9 at every rule's boundary day, across Наурыз, the May holidays and the year end.
@Suite struct DiscussionFamilyTests {
    /// A discussion with every input given; `header` replaces lines of the `discussion:` mapping.
    static func document(posted: String = "2026-09-01", closed: String = "2026-09-15", considered: String? = "2026-09-18",
                         published: String? = "2026-09-21", extra: String = "") -> String {
        var text = "discussion:\n  body: ГУ «Управление»\n  posted: \(posted)\n  closed: \(closed)\n"
        if let considered { text += "  considered: \(considered)\n" }
        if let published { text += "  report_published: \(published)\n" }
        text += """
            topics:
              - {no: 1, title: Молодёжь, funding: 15000, justification: опрос, target_group: молодёжь, expected_result: проекты}
            comments:
              - {topic: 1, author: ОО «Голос», summary: добавить, decision: accepted}

            """
        return text + extra
    }

    static func finding(_ result: FileResult, _ rule: String) -> RuleFinding? {
        result.findings.first { $0.rule == rule }
    }

    /// `closed` against the 10th working day after `posted`.
    @Test(arguments: [
        ("2026-09-01", "2026-09-15", "2026-09-15", IndicatorLevel.meets), ("2026-09-01", "2026-09-14", "2026-09-15", .noncompliant),
        ("2026-09-01", "2026-09-16", "2026-09-15", .meets),
        ("2026-03-13", "2026-03-31", "2026-04-01", .noncompliant), ("2026-03-13", "2026-04-01", "2026-04-01", .meets),
        ("2026-04-30", "2026-05-18", "2026-05-19", .noncompliant), ("2026-04-30", "2026-05-19", "2026-05-19", .meets),
        ("2026-12-24", "2027-01-12", "2027-01-12", .meets), ("2026-12-24", "2027-01-11", "2027-01-12", .noncompliant),
        ("2024-04-26", "2024-05-15", "2024-05-15", .meets), ("2024-04-26", "2024-05-14", "2024-05-15", .noncompliant),
    ])
    func length(posted: String, closed: String, due: String, level: IndicatorLevel) throws {
        let result = Rendering.report(Self.document(posted: posted, closed: closed, considered: nil, published: nil))
        let finding = try #require(Self.finding(result, "discussion.length"), "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(finding.level == level)
        #expect(finding.due.map(String.init(describing:)) == due)
        #expect(finding.actual.map(String.init(describing:)) == closed)
        #expect(finding.location?.line == 4)
    }

    @Test func theContractsSentenceForAnEarlyClose() throws {
        let result = Rendering.report(Self.document(closed: "2026-09-10", considered: "2026-09-11", published: "2026-09-11"))
        let finding = try #require(Self.finding(result, "discussion.length"))
        #expect(finding.message.en == "the discussion closed on 2026-09-10, 3 working days early: it must run 10 working days, to 2026-09-15")
        #expect(result.verdict == .noncompliant)
    }

    /// `considered` after `closed`, by the 3rd working day after it.
    @Test(arguments: [
        ("2026-09-15", "2026-09-15", "2026-09-18", IndicatorLevel.noncompliant), ("2026-09-15", "2026-09-16", "2026-09-18", .meets),
        ("2026-09-15", "2026-09-18", "2026-09-18", .meets), ("2026-09-15", "2026-09-21", "2026-09-18", .noncompliant),
        ("2026-03-19", "2026-03-27", "2026-03-27", .meets), ("2026-03-19", "2026-03-30", "2026-03-27", .noncompliant),
        ("2026-12-30", "2027-01-06", "2027-01-06", .meets), ("2026-12-30", "2027-01-07", "2027-01-06", .noncompliant),
    ])
    func considered(closed: String, considered: String, due: String, level: IndicatorLevel) throws {
        let result = Rendering.report(Self.document(posted: "2026-01-05", closed: closed, considered: considered, published: considered))
        let finding = try #require(Self.finding(result, "discussion.considered"), "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(finding.level == level)
        #expect(finding.due.map(String.init(describing:)) == due)
        #expect(finding.actual.map(String.init(describing:)) == considered)
    }

    @Test(arguments: [("2026-09-17", IndicatorLevel.noncompliant), ("2026-09-18", .meets), ("2026-09-25", .meets)])
    func report(published: String, level: IndicatorLevel) throws {
        let result = Rendering.report(Self.document(published: published))
        #expect(Self.finding(result, "discussion.report")?.level == level)
    }

    @Test func absentDatesMakeTheirRulesMissing() throws {
        let result = Rendering.report(Self.document(considered: nil, published: nil))
        #expect(result.verdict == .incomplete)
        let considered = try #require(Self.finding(result, "discussion.considered"))
        #expect(considered.level == .missing)
        #expect(considered.due.map(String.init(describing:)) == "2026-09-18")
        #expect(considered.actual == nil && considered.isDeadline)
        #expect(Self.finding(result, "discussion.report")?.level == .missing)
    }

    @Test func compliantWithTopicsCommentsAndTotals() {
        let result = Rendering.report(Self.document(extra: "totals: {accepted: 1, rejected: 0}\n"))
        #expect(result.verdict == .compliant)
        #expect(result.document == .discussion)
        #expect(result.findings.map(\.rule) == ["discussion.length", "discussion.considered", "discussion.report", "topic.fields", "comment.totals"])
        #expect(result.figures.first { $0.id == "discussions_in_time" }?.value == 1)
    }

    @Test func perItemRules() throws {
        let text = """
            discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15, considered: 2026-09-16, report_published: 2026-09-16}
            topics:
              - {no: 1, title: А, funding: 1, justification: j, target_group: g}
              - {no: 2, title: Б, funding: 1, justification: j, target_group: g, expected_result: r}
            comments:
              - {topic: 2, author: A, summary: s, decision: rejected}
              - {topic: 2, author: B, summary: s, decision: rejected, reason: лимит}
            totals: {accepted: 0, rejected: 1}
            """
        let result = Rendering.report(text)
        let topics = result.findings.filter { $0.rule == "topic.fields" }
        #expect(topics.map(\.item) == ["1", "2"])
        #expect(topics.map(\.level) == [.missing, .meets])
        let reasons = result.findings.filter { $0.rule == "comment.reason" }
        #expect(reasons.map(\.item) == ["1", "2"])
        #expect(reasons.map(\.level) == [.noncompliant, .meets])
        #expect(Self.finding(result, "comment.totals")?.level == .noncompliant)
        #expect(result.verdict == .noncompliant)
    }

    /// A count over 2027, whose calendar is provisional, says so once, at the first date whose
    /// count reads it; the verdict stays the rules' own. A count within 2026 says nothing.
    @Test(arguments: [("2026-12-24", "2027-01-12", "2027-01-15", ["provisional_calendar"], 3),
                      ("2027-03-01", "2027-03-17", "2027-03-19", ["provisional_calendar"], 3),
                      ("2026-09-01", "2026-09-15", "2026-09-18", [], 0)])
    func provisionalYear(posted: String, closed: String, considered: String, warnings: [String], line: Int) throws {
        let result = Rendering.report(Self.document(posted: posted, closed: closed, considered: considered, published: considered))
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.verdict == .compliant)
        #expect(result.warnings.map(\.message.id) == warnings)
        #expect(result.warnings.first?.location?.line ?? 0 == line)
        #expect(result.warnings.allSatisfy { $0.message.text(in: .en).contains("2027 are counted on a provisional calendar") })
    }

    /// A count that needs a year the calendar lacks is an input error at the date that needs it.
    @Test(arguments: [("2027-12-27", "2027-12-31", 3, "2028"), ("2023-12-20", "2024-01-10", 3, "2023")])
    func uncoveredYear(posted: String, closed: String, line: Int, year: String) throws {
        let result = Rendering.report(Self.document(posted: posted, closed: closed, considered: nil, published: nil))
        #expect(result.verdict == .error)
        let error = try #require(result.errors.first)
        #expect(error.message.id == "calendar_not_covered")
        #expect(error.location?.line == line)
        #expect(error.message.text(in: .en).contains(year))
    }

    @Test(arguments: [
        ("discussion: {body: ГУ, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}]\n", "missing_field", 1),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: []\n", "empty_list", 2),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-02-30}\ntopics: [{no: 1, title: t, funding: 1}]\n", "nonexistent_date", 1),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 0}]\n", "not_positive", 2),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}, {no: 1, title: u, funding: 1}]\n", "duplicate_id", 2),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}]\ncomments: [{topic: 9, author: a, summary: s, decision: accepted}]\n", "unknown_topic", 3),
        ("discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}]\ncomments: [{topic: 1, author: a, summary: s, decision: maybe}]\n", "unknown_decision", 3),
        ("discussion: {body: ГУ, posted: yes, closed: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}]\n", "malformed_date", 1),
    ])
    func inputErrors(text: String, id: String, line: Int) throws {
        let result = Rendering.report(text)
        #expect(result.verdict == .error)
        let error = try #require(result.errors.first { $0.message.id == id }, "\(result.errors.map(\.message.id))")
        #expect(error.location?.line == line)
    }

    @Test func aCommentOnATopicWithAnotherErrorNamesAKnownTopic() {
        let text = "discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}\ntopics: [{no: 1, funding: 1}]\n"
            + "comments: [{topic: 1, author: a, summary: s, decision: accepted}]\n"
        #expect(Rendering.report(text).errors.map(\.message.id) == ["missing_field"])
    }

    @Test func anUnknownKeyIsAWarning() {
        let result = Rendering.report(Self.document(extra: "totlas: {accepted: 1, rejected: 0}\n"))
        #expect(result.verdict == .compliant)
        #expect(result.warnings.map(\.message) == [.unknownKey(key: "totlas", suggestion: "totals")])
    }
}

/// The documents kept with the discussion and monitoring rules get what they expect, and an
/// expectation that does not hold fails where it is written.
@Suite struct RuleExamplesTests {
    @Test func keptExamplesPass() {
        let standard = StandardToolsFixtures.builtin
        for family in [DiscussionFamily(standard: standard).runExamples(), MonitoringFamily(standard: standard).runExamples()] {
            #expect(family.count >= 6)
            for outcome in family where !outcome.passed {
                Issue.record("\(outcome.place) \(outcome.name): \(outcome.problems.map { $0.message.text(in: .en) })")
            }
        }
    }

    @Test func aWrongExpectationFailsAtItsPlace() throws {
        let wrong = StandardSource(path: "extra/discussion-examples.yaml", text: """
            discussion_examples:
              - name: wrong due
                document:
                  discussion: {body: ГУ, posted: 2026-09-01, closed: 2026-09-15}
                  topics: [{no: 1, title: t, funding: 1}]
                expect:
                  verdict: compliant
                  findings: {discussion.length: noncompliant}
                  due: {discussion.length: 2026-09-14}
            """)
        let standard = try #require(StandardToolsFixtures.builtin(plus: [wrong]).standard)
        let outcome = try #require(DiscussionFamily(standard: standard).runExamples().first { $0.name == "wrong due" })
        #expect(outcome.problems.map(\.message.id) == ["standard_example_verdict", "standard_example_level", "standard_calendar_example"])
        #expect(outcome.problems.map { $0.location?.line ?? 0 } == [7, 8, 9])
    }
}
