import GSZKit
import GSZYAML
import Testing

/// `gsz standard test`: the examples kept with the built-in standard pass, cover every
/// threshold's levels, and a wrong expectation is reported where it is written.
@Suite struct ExampleRunnerTests {
    @Test func builtInExamplesAllPass() {
        let outcomes = ExampleRunner.run(StandardToolsFixtures.builtin)
        #expect(outcomes.count >= 100)
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.place) \(outcome.name): \(outcome.problems.map { $0.message.text(in: .en) })")
        }
    }

    /// For every form and every indicator the standard applies to it, some example expects
    /// each level a value can reach: below, at and above a graded threshold's levels, a
    /// requirement met and not met, and the input missing.
    @Test func examplesReachEveryLevelOfEveryThreshold() {
        let standard = StandardToolsFixtures.builtin
        var expected: [String: Set<String>] = [:]  // "form/indicator" → levels expected somewhere
        for example in standard.examples {
            guard let form = example.service.value(forKey: "form")?.text else { continue }
            for level in example.levels {
                expected["\(form)/\(level.indicator)", default: []].insert(level.level?.rawValue ?? "not_assessed")
            }
        }
        for kind in standard.kinds {
            for form in kind.forms {
                let rules = standard.rules(kind: kind.id, form: form.id)
                for rule in rules {
                    var levels: [IndicatorLevel] = rule.definition.check == .graded
                        ? [.noncompliant, .minimal, .maximal, .missing] : [.noncompliant, .meets, .missing]
                    // Every valid service has dates (or a date), so days can never be missing.
                    if rule.definition.computation == .calendarDays { levels.removeAll { $0 == .missing } }
                    let written = expected["\(form.id)/\(rule.definition.id)"] ?? []
                    for level in levels where !written.contains(level.rawValue) {
                        Issue.record("no example expects \(form.id) \(rule.definition.id) to be \(level.rawValue)")
                    }
                }
                if rules.isEmpty {
                    #expect(standard.examples.contains { $0.service.value(forKey: "form")?.text == form.id && $0.verdict == .notAssessed },
                            "no example shows \(form.id) is not assessed")
                }
            }
        }
    }

    static let brokenExamples = """
        examples:
          - name: a seminar at the minimal level said to be maximal
            service: {id: S1, kind: training, form: seminar, date: 2026-03-02, hours: 8, participants: 20,
                      provider: {experience_years: 3}, feedback: {respondents: 20, satisfied: 20}}
            expect: {verdict: maximal, indicators: {participants: maximal, satisfaction: maximal, hours: not_assessed}}

          - name: a service that is not valid
            service: {id: S2, kind: training, form: seminar, date: 2026-03-02, participants: двадцать}
            expect: {verdict: incomplete}

          - name: an input error, expected
            service: {id: S3, kind: training, form: seminar, date: 2026-03-02, participants: 2,
                      feedback: {respondents: 3, satisfied: 1}}
            expect: {verdict: error}

          - name: an input error expected of a valid service
            service: {id: S4, kind: consulting, date: 2026-03-02}
            expect: {verdict: error}

          - name: a misspelt key in an example
            service: {id: S5, kind: consulting, date: 2026-03-02, participans: 3}
            expect: {verdict: not_assessed}
        """

    static func outcomes() -> [ExampleOutcome] {
        let load = StandardToolsFixtures.builtin(plus: [StandardSource(path: "Standards/examples/broken.yaml", text: brokenExamples)])
        guard let standard = load.standard else {
            Issue.record("does not load: \(load.diagnostics.map(\.message.id))")
            return []
        }
        return ExampleRunner.run(standard).filter { $0.place.hasPrefix("Standards/examples/broken.yaml:") }
    }

    @Test func wrongVerdictAndLevelsAreReportedWhereTheyAreWritten() throws {
        let outcome = try #require(Self.outcomes().first)
        let places = outcome.problems.map { "\($0.location?.description ?? "-") \($0.message.id)" }
        #expect(places == ["5:23 standard_example_verdict", "5:59 standard_example_level", "5:98 standard_example_level"])
        #expect(outcome.problems.first?.message.text(in: .en)
                == "example 'a seminar at the minimal level said to be maximal': verdict 'minimal', expected 'maximal'")
        #expect(outcome.problems.last?.message.text(in: .en)
                == "example 'a seminar at the minimal level said to be maximal': 'hours' is 'meets', expected 'not_assessed'")
    }

    @Test func anInvalidServiceFailsWithTheReadersErrorsInPlace() throws {
        let outcome = try #require(Self.outcomes().dropFirst().first)
        #expect(!outcome.passed)
        #expect(outcome.problems.map(\.message.id) == ["wrong_type"])
        #expect(outcome.problems.first?.location?.line == 8)
        #expect(outcome.problems.first?.notes == [.standard(.exampleInvalid(example: "a service that is not valid"))])
    }

    @Test func anExpectedInputErrorPassesAndAnUnexpectedOneFails() {
        let outcomes = Self.outcomes()
        #expect(outcomes.count == 5)
        guard outcomes.count == 5 else { return }
        #expect(outcomes[2].passed)
        #expect(outcomes[3].problems.map(\.message.id) == ["standard_example_verdict"])
    }

    @Test func aMisspeltKeyFailsTheExample() {
        let outcomes = Self.outcomes()
        guard outcomes.count == 5 else { return }
        #expect(outcomes[4].problems.map(\.message.id) == ["unknown_key"])
        #expect(outcomes[4].problems.first?.severity == .error)
    }
}
