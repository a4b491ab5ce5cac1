import GSZKit
import Testing

/// Each rule of contract §10 met and broken at its edge, by one change to the held sample.
@Suite struct CompetitionRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let edits: [(String, String)]
        let rule: String
        let item: String
        let level: String
        /// The file's verdict, when another change than the one under test decides it.
        var verdict: CompetitionVerdict?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // plan.deadline: 20 working days after Saturday 2026-01-10 (7 January off) end on 2026-02-06.
        Case(name: "Plan on the 20th working day", edits: [("plan_approved: 2026-02-05", "plan_approved: 2026-02-06")],
             rule: "plan.deadline", item: "", level: "meets"),
        Case(name: "Plan on the 21st working day", edits: [("plan_approved: 2026-02-05", "plan_approved: 2026-02-09")],
             rule: "plan.deadline", item: "", level: "noncompliant"),
        Case(name: "no budget date", edits: [("  budget_approved: 2026-01-10\n", "")],
             rule: "plan.deadline", item: "", level: "missing"),
        // experts.notified: Наурыз 21–23 March and its two moved days make 2026-03-30 the 3rd working day after the 20th.
        Case(name: "experts on the 3rd working day across Наурыз", edits: [("experts_notified: 2026-03-24", "experts_notified: 2026-03-30")],
             rule: "experts.notified", item: "", level: "meets"),
        Case(name: "experts a working day late", edits: [("experts_notified: 2026-03-24", "experts_notified: 2026-03-31")],
             rule: "experts.notified", item: "", level: "noncompliant"),
        // evaluation.length: 2026-03-30 to 2026-04-17 is 15 working days; a day more is 16.
        Case(name: "evaluation of 16 working days", edits: [("to: 2026-04-17}", "to: 2026-04-20}")],
             rule: "evaluation.length", item: "", level: "noncompliant"),
        Case(name: "no evaluation", edits: [("  evaluation: {from: 2026-03-30, to: 2026-04-17}\n", "")],
             rule: "evaluation.length", item: "", level: "missing"),
        // announcement.contents
        Case(name: "deadline without a time", edits: [("deadline: \"2026-03-20 18:00\"", "deadline: 2026-03-20")],
             rule: "announcement.contents", item: "", level: "noncompliant"),
        Case(name: "no documents", edits: [("documents: [заявка, устав, смета]", "documents: []")],
             rule: "announcement.contents", item: "", level: "noncompliant"),
        Case(name: "no project terms", edits: [("    project_terms: {from: 2026-05-01, to: 2026-12-15}\n", "")],
             rule: "announcement.contents", item: "", level: "noncompliant"),
        // application.admission
        Case(name: "a late application admitted", edits: [("admitted: false", "admitted: true")],
             rule: "application.admission", item: "A3", level: "noncompliant"),
        Case(name: "a late application refused", edits: [], rule: "application.admission", item: "A3", level: "meets"),
        Case(name: "an English application admitted", edits: [("languages: [ru]", "languages: [ru, en]")],
             rule: "application.admission", item: "A2", level: "noncompliant"),
        Case(name: "an applicant outside the NGO database", edits: [("in_ngo_database: true\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 3",
                                                                     "in_ngo_database: false\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 3")],
             rule: "application.admission", item: "A2", level: "noncompliant"),
        Case(name: "no languages given", edits: [("    languages: [ru]\n", "")],
             rule: "application.admission", item: "A2", level: "missing"),
        Case(name: "submitted on the deadline's day, by date alone", edits: [("deadline: \"2026-03-20 18:00\"", "deadline: 2026-03-20"),
                                                                              ("admitted: false", "admitted: true")],
             rule: "application.admission", item: "A3", level: "meets", verdict: .noncompliant),
        Case(name: "submitted at the deadline's minute", edits: [("submitted: \"2026-03-20 11:05\"", "submitted: \"2026-03-20 18:00\"")],
             rule: "application.admission", item: "A2", level: "meets"),
        Case(name: "submitted a minute late", edits: [("submitted: \"2026-03-20 11:05\"", "submitted: \"2026-03-20 18:01\"")],
             rule: "application.admission", item: "A2", level: "noncompliant"),
        // commission
        Case(name: "an operator employee as a member", edits: [("{name: Омаров Т., role: member, proposed_by: ngo, operator_staff: false}",
                                                                "{name: Омаров Т., role: member, proposed_by: ngo, operator_staff: true}")],
             rule: "commission.operator_staff", item: "", level: "noncompliant"),
        Case(name: "an operator employee as the secretary", edits: [], rule: "commission.operator_staff", item: "", level: "meets"),
        Case(name: "an even commission", edits: [("  - {name: Омаров Т., role: member, proposed_by: ngo, operator_staff: false}\n", "")],
             rule: "commission.odd", item: "", level: "noncompliant"),
        Case(name: "two chairs", edits: [("role: deputy", "role: chair")], rule: "commission.roles", item: "", level: "noncompliant"),
        Case(name: "3 of 7 proposed by the operator", edits: [("{name: Омаров Т., role: member, proposed_by: ngo", "{name: Омаров Т., role: member, proposed_by: operator")],
             rule: "commission.shares", item: "", level: "noncompliant"),
        Case(name: "a member without proposed_by", edits: [("{name: Омаров Т., role: member, proposed_by: ngo, ", "{name: Омаров Т., role: member, ")],
             rule: "commission.shares", item: "", level: "missing"),
        // score rows
        Case(name: "a score of 8 on a 1–7 criterion", edits: [("capacity: 4, staff: 3, focus: 6", "capacity: 4, staff: 3, focus: 8")],
             rule: "score.range", item: "A1 Иванова А.", level: "noncompliant"),
        Case(name: "a score of 3.5", edits: [("capacity: 4, staff: 3, focus: 6", "capacity: 3.5, staff: 3, focus: 6")],
             rule: "score.range", item: "A1 Иванова А.", level: "noncompliant"),
        Case(name: "a score of 0", edits: [("capacity: 4, staff: 3, focus: 6", "capacity: 0, staff: 3, focus: 6")],
             rule: "score.range", item: "A1 Иванова А.", level: "noncompliant"),
        Case(name: "a criterion not scored", edits: [("capacity: 4, staff: 3, focus: 6, results: 4, budget: 5}", "capacity: 4, staff: 3, focus: 6, results: 4}")],
             rule: "score.range", item: "A1 Иванова А.", level: "noncompliant"),
        Case(name: "the secretary scoring", edits: [("{member: Ким В., capacity: 5", "{member: Смагулова Р., capacity: 5")],
             rule: "score.member", item: "A1 Смагулова Р.", level: "noncompliant"),
        Case(name: "a member scoring the same application twice", edits: [("{member: Ким В., capacity: 5", "{member: Иванова А., capacity: 5")],
             rule: "score.member", item: "A1 Иванова А.", level: "noncompliant"),
        Case(name: "a conflicted member scoring", edits: [("conflicts: [A3]", "conflicts: [A1]")],
             rule: "score.member", item: "A1 Петров С.", level: "noncompliant"),
    ]

    @Test("each rule at its edge", arguments: cases)
    func rule(_ test: Case) throws {
        let result = try Competitions.result(try Competitions.held(test.edits))
        #expect(result.errors.map(\.message.id) == [])
        #expect(Competitions.levels(result, test.rule)[test.item] == test.level)
        // The held sample breaks no rule, so the verdict follows this one unless the case says otherwise.
        let expected: CompetitionVerdict = switch test.level {
        case "noncompliant": .noncompliant
        case "missing": .incomplete
        default: .compliant
        }
        #expect(result.verdict == (test.verdict ?? expected))
    }

    @Test("the family lists every rule of §10 for SARIF, in the table's order")
    func everyRuleListed() {
        #expect(CompetitionFamily.rules.map(\.id) == CompetitionRuleID.allCases.map(\.rawValue))
    }

    @Test("every broken or missing finding says something different from a met one")
    func sentences() throws {
        for test in Self.cases where test.level != "meets" {
            let broken = try Competitions.result(try Competitions.held(test.edits))
            let met = try Competitions.result(try Competitions.held([]))
            let brokenText = broken.evaluation.findings.last { $0.rule == test.rule && ($0.item ?? "") == test.item }
            let metText = met.evaluation.findings.first { $0.rule == test.rule }
            #expect(brokenText?.message.en != metText?.message.en, "\(test.name)")
            #expect(brokenText?.message.ru != brokenText?.message.en, "\(test.name)")
        }
    }
}
