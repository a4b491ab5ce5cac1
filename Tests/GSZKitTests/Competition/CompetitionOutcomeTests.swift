import GSZKit
import Testing

/// Each topic's outcome from its applications and scores: grounds 1–5 in their order, the
/// 50% line, ties, and rows that do not count.
@Suite struct CompetitionOutcomeTests {
    /// An application for the tests: its topic, whether admitted, and its score rows, each
    /// the member's name and five criterion scores.
    struct Application {
        var id: String
        var topic = "T1"
        var admitted = true
        var rows: [(member: String, scores: [String])] = []
    }

    /// Rows by M1, M2, M3 whose totals are `totals`, spread over the five criteria within range.
    static func rows(_ totals: [Int]) -> [(member: String, scores: [String])] {
        totals.enumerated().map { index, total in
            // Fill capacity, staff, focus, results, budget up to their maxima in turn; each starts at 1.
            var left = total - 5
            let scores = [5, 3, 7, 5, 5].map { maximum -> String in
                let add = min(maximum - 1, max(0, left))
                left -= add
                return String(1 + add)
            }
            return ("M\(index + 1)", scores)
        }
    }

    /// A whole competition, every rule met, with `applications` on topics T1 and T2.
    static func competition(_ applications: [Application], conflicts: String = "[]") -> String {
        var lines = """
            competition:
              budget_approved: 2026-01-10
              plan_approved: 2026-02-05
              announcement: {deadline: "2026-03-20 18:00", documents: [заявка], project_terms: {from: 2026-05-01, to: 2026-12-15}}
              experts_notified: 2026-03-24
              evaluation: {from: 2026-03-30, to: 2026-04-17}
              topics: [{id: T1}, {id: T2}]
            commission:
              - {name: M1, role: chair, proposed_by: ngo, operator_staff: false, conflicts: \(conflicts)}
              - {name: M2, role: deputy, proposed_by: ngo, operator_staff: false}
              - {name: M3, role: member, proposed_by: ngo, operator_staff: false}
              - {name: S, role: secretary, operator_staff: true}
            applications:\(applications.isEmpty ? " []" : "")

            """
        let keys = ["capacity", "staff", "focus", "results", "budget"]
        for application in applications {
            lines += """
                  - id: \(application.id)
                    topic: \(application.topic)
                    submitted: "2026-03-19 10:00"
                    languages: [kk]
                    in_ngo_database: true
                    admitted: \(application.admitted)
                    scores:\(application.rows.isEmpty ? " []" : "")

                """
            for row in application.rows {
                let scores = zip(keys, row.scores).map { "\($0): \($1)" }.joined(separator: ", ")
                lines += "      - {member: \(row.member), \(scores)}\n"
            }
        }
        return lines
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let applications: [Application]
        /// `held A1` or `failed 5`.
        let outcome: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "ground 1: no application", applications: [Application(id: "A1", topic: "T2", rows: rows([20, 20]))],
             outcome: "failed 1"),
        Case(name: "ground 2: one application, admitted and well scored", applications: [Application(id: "A1", rows: rows([20, 20]))],
             outcome: "failed 2"),
        Case(name: "ground 2 before 4: one application, refused", applications: [Application(id: "A1", admitted: false)],
             outcome: "failed 2"),
        Case(name: "ground 3: one of two admitted", applications: [Application(id: "A1", rows: rows([20])),
                                                                  Application(id: "A2", admitted: false)],
             outcome: "failed 3"),
        Case(name: "ground 3 before 5: the one admitted scored low", applications: [Application(id: "A1", rows: rows([6])),
                                                                               Application(id: "A2", admitted: false)],
             outcome: "failed 3"),
        Case(name: "ground 4: none admitted", applications: [Application(id: "A1", admitted: false), Application(id: "A2", admitted: false)],
             outcome: "failed 4"),
        Case(name: "ground 5: the best scored exactly 12.5", applications: [Application(id: "A1", rows: rows([12, 10])),
                                                                        Application(id: "A2", rows: rows([12, 13]))],
             outcome: "failed 5"),
        Case(name: "held: 12.67 is more than 50%", applications: [Application(id: "A1", rows: rows([12, 10])),
                                                                 Application(id: "A2", rows: rows([13, 12, 13]))],
             outcome: "held A2"),
        Case(name: "held: the best mean wins", applications: [Application(id: "A1", rows: rows([18, 20])),
                                                             Application(id: "A2", rows: rows([22, 17, 20])),
                                                             Application(id: "A3", admitted: false)],
             outcome: "held A2"),
        Case(name: "a tie for first names the first in the file", applications: [Application(id: "A2", rows: rows([18, 20])),
                                                                                Application(id: "A1", rows: rows([19, 19]))],
             outcome: "held A2"),
    ]

    @Test("outcomes by ground and score", arguments: cases)
    func outcome(_ test: Case) throws {
        let result = try Competitions.result(Self.competition(test.applications))
        #expect(result.errors.map(\.message.id) == [])
        let topic = try #require(result.evaluation.topics.first { $0.id == "T1" })
        let described = topic.outcome == .held ? "held \(topic.winner ?? "")" : "failed \(topic.ground ?? 0)"
        #expect(described == test.outcome)
        // A failed competition run by the rules is compliant: the outcome is no verdict.
        #expect(result.verdict == .compliant)
    }

    @Test("a tie for first is a warning for the commission, and the sentence says so")
    func tie() throws {
        let result = try Competitions.result(Self.competition([Application(id: "A1", rows: Self.rows([18, 20])),
                                                               Application(id: "A2", rows: Self.rows([19, 19]))]))
        #expect(result.warnings.map(\.message.id) == ["tie_for_first"])
        let topic = try #require(result.evaluation.topics.first)
        #expect(topic.tied)
        #expect(topic.message.en.contains("the commission must decide"))
    }

    @Test("ground 5 says who scored best and what")
    func groundFiveSentence() throws {
        let result = try Competitions.result(Self.competition([Application(id: "A1", rows: Self.rows([12, 10])),
                                                               Application(id: "A2", rows: Self.rows([12, 13]))]))
        let topic = try #require(result.evaluation.topics.first)
        #expect(topic.message.en.hasSuffix("no application scored more than 50% of 25: the best, 'A2', scored 12.5"))
        #expect(topic.ranking.map(\.id) == ["A2", "A1"])
        #expect(topic.ranking.first?.percent == 50)
    }

    @Test("rows that break a rule do not count: a conflicted member's score is left out")
    func conflictedRowsLeftOut() throws {
        // M1 declared a conflict in A1; without M1's 25, A1's mean is 14, below A2's 15.
        let applications = [Application(id: "A1", rows: Self.rows([25, 14, 14])), Application(id: "A2", rows: Self.rows([15, 15, 15]))]
        let result = try Competitions.result(Self.competition(applications, conflicts: "[A1]"))
        let topic = try #require(result.evaluation.topics.first)
        #expect(topic.winner == "A2")
        #expect(topic.ranking.first { $0.id == "A1" }?.score == 14)
        #expect(result.verdict == .noncompliant)
    }

    @Test("an out-of-range score breaks its row, which does not count")
    func outOfRangeLeftOut() throws {
        var high = Application(id: "A1", rows: Self.rows([20, 20]))
        high.rows[0].scores[2] = "8"
        let result = try Competitions.result(Self.competition([high, Application(id: "A2", rows: Self.rows([15, 15]))]))
        let topic = try #require(result.evaluation.topics.first)
        #expect(topic.ranking.first { $0.id == "A1" }?.rows == 1)
        #expect(Competitions.levels(result, "score.range")["A1 M1"] == "noncompliant")
    }
}
