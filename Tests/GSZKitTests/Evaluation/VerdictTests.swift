import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

@Suite("Service and file verdicts")
struct VerdictTests {
    @Test("noncompliant wins over missing; missing over levels; the lowest level otherwise")
    func serviceVerdicts() throws {
        let noncompliantAndMissing = Reports.service(participants: 5, experience: nil, respondents: nil, satisfied: nil)
        #expect(try Reports.onlyService(Reports.report([noncompliantAndMissing])).verdict == .noncompliant)
        let missingAndMinimal = Reports.service(participants: 20, experience: nil)
        #expect(try Reports.onlyService(Reports.report([missingAndMinimal])).verdict == .incomplete)
        let minimal = Reports.service(participants: 20, respondents: 20, satisfied: 19)
        #expect(try Reports.onlyService(Reports.report([minimal])).verdict == .minimal)
        let maximal = Reports.service(participants: 40, respondents: 40, satisfied: 40)
        #expect(try Reports.onlyService(Reports.report([maximal])).verdict == .maximal)
        let requirementFails = Reports.service(hours: 1, participants: 40, respondents: 40, satisfied: 40)
        #expect(try Reports.onlyService(Reports.report([requirementFails])).verdict == .noncompliant)
        let webinar = Reports.service(form: "webinar")
        #expect(try Reports.onlyService(Reports.report([webinar])).verdict == .notAssessed)
    }

    @Test("kinds without thresholds are not assessed", arguments: ["consulting", "information", "research", "events", "civic_center"])
    func kindsWithoutTables(kind: String) throws {
        let text = Reports.report(["- id: C1\n  kind: \(kind)\n  date: 2026-05-05\n  participants: 3"])
        let result = try Reports.check(text)
        #expect(result.errors.isEmpty)
        #expect(result.verdict == .notAssessed)
    }

    @Test("a form given for a kind without forms is warned about and ignored")
    func formOfAKindWithoutForms() throws {
        let result = try Reports.check(Reports.report([Reports.service(kind: "consulting", form: "seminar")]))
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.message) == [.formNotUsed(kind: "consulting")])
        #expect(result.warnings.first?.location?.line == 10)
        let service = try #require(result.services.first)
        #expect(service.form == nil)
        #expect(service.verdict == .notAssessed)
    }

    @Test("a missing input makes its indicator missing", arguments: [
        ("satisfaction", Reports.service(respondents: nil, satisfied: nil)),
        ("satisfaction", Reports.service(respondents: 0, satisfied: 0)),
        ("satisfaction", Reports.service(respondents: 10, satisfied: nil)),
        ("participants", Reports.service(participants: nil, respondents: nil, satisfied: nil)),
        ("hours", Reports.service(hours: nil)),
        ("experience", Reports.service(experience: nil)),
        ("success_stories", Reports.service(form: "training", stories: nil)),
    ])
    func missing(indicator: String, service: String) throws {
        let result = try Reports.onlyService(Reports.report([service]))
        #expect(result.level(indicator) == .missing)
        #expect(result.indicators.first { $0.id == indicator }?.value == nil)
    }

    @Test("the file verdict is the worst service verdict, not-assessed services aside")
    func fileVerdicts() throws {
        let maximal = Reports.service(id: "A", participants: 40, respondents: 40, satisfied: 40)
        let minimal = Reports.service(id: "B", participants: 20)
        let incomplete = Reports.service(id: "C", experience: nil)
        let noncompliant = Reports.service(id: "D", participants: 3, respondents: 3, satisfied: 3)
        let webinar = Reports.service(id: "E", form: "webinar")
        #expect(try Reports.check(Reports.report([maximal, webinar])).verdict == .maximal)
        #expect(try Reports.check(Reports.report([webinar])).verdict == .notAssessed)
        #expect(try Reports.check(Reports.report([maximal, minimal])).verdict == .minimal)
        #expect(try Reports.check(Reports.report([minimal, incomplete, webinar])).verdict == .incomplete)
        #expect(try Reports.check(Reports.report([incomplete, noncompliant, maximal])).verdict == .noncompliant)
    }

    @Test("--require decides which verdicts pass", arguments: [
        (Verdict.maximal, RequiredLevel.maximal, true), (.minimal, .maximal, false), (.minimal, .minimal, true),
        (.notAssessed, .maximal, true), (.incomplete, .minimal, false), (.noncompliant, .minimal, false), (.error, .minimal, false),
    ])
    func passing(verdict: Verdict, required: RequiredLevel, passes: Bool) {
        #expect(verdict.passes(required) == passes)
    }

    @Test("exit status: 2 for any error, 1 for a file below the requirement, else 0")
    func exitStatus() {
        var summary = BatchSummary()
        summary.add(verdict: .maximal, warnings: 0, required: .minimal)
        #expect(summary.exitStatus == 0)
        summary.add(verdict: .incomplete, warnings: 0, required: .minimal)
        #expect(summary.exitStatus == 1)
        summary.add(verdict: .error, warnings: 0, required: .minimal)
        #expect(summary.exitStatus == 2)
    }

    @Test("warnings never change a verdict")
    func warningsKeepVerdict() throws {
        let plain = try Reports.check(Reports.report([Reports.service(participants: 20)]))
        let warned = try Reports.check(Reports.report([Reports.service(participants: 20) + "\n  participans: 3\n  comment: да"]))
        #expect(warned.warnings.count == 2)
        #expect(warned.verdict == plain.verdict)
    }
}

@Suite("Hints a person can act on")
struct HintTests {
    func hint(_ service: String, _ indicator: String) throws -> String? {
        try Reports.onlyService(Reports.report([service])).indicators.first { $0.id == indicator }?.hint.text(in: .en)
    }

    @Test("how many more participants, stories or positive answers reach the next level")
    func moreForNextLevel() throws {
        #expect(try hint(Reports.service(participants: 9, respondents: 9, satisfied: 9), "participants")
            == "3 more participants reach the minimal level (12)")
        #expect(try hint(Reports.service(participants: 34, respondents: 9, satisfied: 9), "participants")
            == "1 more participant reaches the maximal level (35)")
        #expect(try hint(Reports.service(form: "training", stories: 5), "success_stories")
            == "2 more success stories reach the maximal level (7)")
        // 22 of 26 is 84.6%; 85% of 26 is 22.1, so 23 positive answers are needed.
        #expect(try hint(Reports.service(participants: 26, respondents: 26, satisfied: 22), "satisfaction")
            == "1 more positive answer of 26 reaches the maximal level (85%)")
        #expect(try hint(Reports.service(participants: 40, respondents: 40, satisfied: 40), "participants")
            == "maximal level reached (35 participants or more)")
    }

    @Test("requirements say what is required and by how much they miss")
    func requirements() throws {
        #expect(try hint(Reports.service(form: "training", hours: 3), "hours") == "3 hours: at least 4 hours required, 1 hour short")
        #expect(try hint(Reports.service(days: 5), "days") == "5 days: at most 4 days allowed, 1 day over")
        #expect(try hint(Reports.service(experience: 0.5), "experience") == "0.5 years: at least 1 year required, 0.5 years short")
    }

    @Test("missing inputs name the field to add")
    func missingInputs() throws {
        #expect(try hint(Reports.service(experience: nil), "experience")
            == "no 'provider.experience_years' in the report: add it to assess this indicator")
        #expect(try hint(Reports.service(respondents: 0, satisfied: 0), "satisfaction")?.hasPrefix("no feedback forms were returned") == true)
    }

    @Test("Russian hints agree the noun with the number")
    func russianPlurals() throws {
        func russian(_ participants: Int) throws -> String? {
            try Reports.onlyService(Reports.report([Reports.service(participants: participants, respondents: nil, satisfied: nil)]))
                .indicators.first { $0.id == "participants" }?.hint.text(in: .ru)
        }
        #expect(try russian(11) == "ещё 1 участник до минимального уровня (12)")
        #expect(try russian(9) == "ещё 3 участника до минимального уровня (12)")
        #expect(try russian(7) == "ещё 5 участников до минимального уровня (12)")
    }
}
