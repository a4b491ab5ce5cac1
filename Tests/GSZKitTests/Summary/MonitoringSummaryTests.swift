import Foundation
import Testing
@testable import GSZKit

/// The summary folds results into one row per NGO and form, in a fixed order, and its
/// figures are what the services say.
@Suite struct MonitoringSummaryTests {
    static func report(ngo: String, bin: String, services: String) -> String {
        """
        report:
          ngo: {name: "\(ngo)", bin: "\(bin)"}
          project: P
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
        \(services)
        """
    }

    /// A lecture: only satisfaction applies, so the verdict follows the feedback.
    static func lecture(_ id: String, satisfied: Int, respondents: Int, participants: Int = 30, stories: Int? = nil) -> String {
        """
          - id: \(id)
            kind: training
            form: lecture
            date: 2026-03-05
            hours: 2
            participants: \(participants)
            feedback: {respondents: \(respondents), satisfied: \(satisfied)}
        \(stories.map { "    success_stories: \($0)" } ?? "")
        """
    }

    static func summary(_ texts: [String]) -> MonitoringSummary {
        var summary = MonitoringSummary(standard: Rendering.standard)
        for (index, text) in texts.enumerated() { summary.add(Rendering.report(text, path: "r\(index).yaml")) }
        return summary
    }

    @Test func samplesCountEveryServiceUnderItsNGOAndForm() {
        let results = Rendering.sampleNames.map(Rendering.sample)
        var summary = MonitoringSummary(standard: Rendering.standard)
        for result in results { summary.add(result) }
        let services = results.flatMap(\.services)
        #expect(summary.files == results.count)
        #expect(summary.total.services == services.count)
        for verdict in Verdict.allCases {
            #expect(summary.total[verdict] == services.filter { $0.verdict == verdict }.count, "\(verdict)")
        }
        for row in summary.rows {
            let mine = results.filter { $0.identity?.ngo == row.ngo && $0.identity?.bin == row.bin }
                .flatMap(\.services).filter { $0.kind == row.kind && $0.form == row.form }
            #expect(row.figures.services == mine.count)
            #expect(row.figures.participants == mine.compactMap(\.participants).reduce(0, +))
        }
        let errors = results.filter { $0.verdict == .error }
        #expect(summary.unchecked.map(\.path) == errors.map(\.path))
        #expect(summary.unchecked.map(\.location) == errors.map { $0.errors.first?.location })
    }

    @Test func ngosSortByNameThenBINAndFormsFollowTheStandard() {
        let seminar = """
              - id: S
                kind: training
                form: seminar
                date: 2026-02-10
                hours: 2
                participants: 20
            """
        let consulting = """
              - id: C
                kind: consulting
                date: 2026-02-10
                participants: 5
            """
        let summary = Self.summary([
            Self.report(ngo: "Б", bin: "180540012343", services: Self.lecture("L", satisfied: 9, respondents: 10) + "\n" + seminar),
            Self.report(ngo: "А", bin: "940140000385", services: consulting),
            Self.report(ngo: "Б", bin: "120640012346", services: seminar),
            Self.report(ngo: "А", bin: "940140000385", services: Self.lecture("L", satisfied: 1, respondents: 2)),
        ])
        let order = summary.rows.map { "\($0.ngo) \($0.bin) \($0.form ?? $0.kind)" }
        #expect(order == [
            "А 940140000385 lecture", "А 940140000385 consulting",
            "Б 120640012346 seminar", "Б 180540012343 seminar", "Б 180540012343 lecture",
        ])
    }

    @Test func theMeanSatisfactionIsThePlainMeanOfTheServices() {
        // 1 of 2 (50%) and 100 of 100 (100%): the plain mean is 75, pooled answers would give 99.
        let summary = Self.summary([Self.report(ngo: "А", bin: "940140000385", services:
            Self.lecture("L1", satisfied: 1, respondents: 2) + "\n" + Self.lecture("L2", satisfied: 100, respondents: 100, participants: 120))])
        #expect(summary.rows.count == 1)
        #expect(summary.total.meanSatisfaction == 75)
        #expect(summary.total.participants == 150)
    }

    @Test func servicesWithoutRespondentsHaveNoSatisfactionToAverage() {
        let summary = Self.summary([Self.report(ngo: "А", bin: "940140000385", services:
            Self.lecture("L1", satisfied: 0, respondents: 0) + "\n" + Self.lecture("L2", satisfied: 3, respondents: 4))])
        #expect(summary.total.satisfactionCount == 1)
        #expect(summary.total.meanSatisfaction == 75)
    }

    @Test func successStoriesAddUpWhateverTheForm() {
        // A lecture's stories are not assessed, but monitoring counts them all.
        let summary = Self.summary([Self.report(ngo: "А", bin: "940140000385", services:
            Self.lecture("L1", satisfied: 9, respondents: 10, stories: 3) + "\n" + Self.lecture("L2", satisfied: 9, respondents: 10, stories: 4))])
        #expect(summary.total.successStories == 7)
    }

    @Test func memoryGrowsWithNGOsAndFormsNotFiles() {
        let text = Self.report(ngo: "А", bin: "940140000385", services: Self.lecture("L", satisfied: 9, respondents: 10))
        var summary = MonitoringSummary(standard: Rendering.standard)
        // Two thousand different reports (each its own contract), one NGO and form.
        for index in 0..<2_000 {
            summary.add(Rendering.report(text.replacingOccurrences(of: "report:\n", with: "report:\n  contract: ГСЗ-\(index)\n")))
        }
        #expect(summary.files == 2_000)
        #expect(summary.rows.count == 1)
        #expect(summary.rows.first?.figures.services == 2_000)
    }

    @Test func theOrderFilesArriveInDoesNotChangeTheTable() {
        let texts = Rendering.sampleNames.filter { $0 != "errors" }.map { name in
            Rendering.sample(name)
        }
        var forward = MonitoringSummary(standard: Rendering.standard)
        var backward = MonitoringSummary(standard: Rendering.standard)
        for result in texts { forward.add(result) }
        for result in texts.reversed() { backward.add(result) }
        for format in SummaryFormatName.allCases {
            var a = OutputBuffer()
            var b = OutputBuffer()
            format.render(forward, language: .ru, toolVersion: "test", into: &a)
            format.render(backward, language: .ru, toolVersion: "test", into: &b)
            #expect(a.bytes == b.bytes, "\(format)")
        }
    }
}
