import Foundation
import Testing

/// Whole numbers past 2^53 come out as the report wrote them, in every format that shows them
/// (JUnit lists only what fails, and these pass).
@Suite("Integers stay exact past 2^53, end to end")
struct ExactIntegerTests {
    static let report = """
        report:
          ngo: {name: N, bin: "150340001117"}
          project: P
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
          - id: T1
            kind: training
            form: training
            dates: {from: 2026-02-16, to: 2026-02-18}
            hours: 16
            participants: 12345678901234567
            provider: {name: A, experience_years: 2}
            feedback: {respondents: 18, satisfied: 13}
            success_stories: 9007199254740993

        """

    @Test("participants and success stories are exact", arguments: ["json", "csv", "text", "markdown", "html", "sarif"])
    func exact(format: String) throws {
        // SARIF writes passing indicators (notes) only when asked to.
        let level = format == "sarif" ? ["--sarif-level", "note"] : []
        let run = try CLI.run(["check", "-", "--format", format, "--lang", "en"] + level, input: Self.report)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("12345678901234567"), "\(run.stdout.prefix(2000))")
        #expect(run.stdout.contains("9007199254740993"))
        #expect(!run.stdout.contains("e+16") && !run.stdout.contains("9007199254740992"))
    }

    @Test("the summary adds them up exactly")
    func summary() throws {
        let run = try CLI.run(["summary", "-", "--format", "csv"], input: Self.report)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("12345678901234567"))
        #expect(run.stdout.contains("9007199254740993"))
    }
}
