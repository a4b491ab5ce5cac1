import Foundation
import Testing

/// However many problems a file has, each format shows the first 100 errors and 100
/// warnings and one line with the count of the rest (CSV gives an error file one row, with
/// its first error, so it has nothing to cap).
@Suite("Diagnostics bounded per file, end to end")
struct BoundedOutputTests {
    /// 20,000 unknown keys and 500 services sharing one id.
    static let report: String = {
        let keys = (0..<20_000).map { "  extra\($0): 1\n" }.joined()
        let services = (0..<500).map { _ in "  - {id: S1, kind: consulting, date: 2026-03-02}\n" }.joined()
        return "report:\n  ngo: {name: N, bin: \"150340001117\"}\n  project: P\n  period: {from: 2026-01-01, to: 2026-12-31}\n"
            + keys + "services:\n" + services
    }()

    @Test("every format says how many more", arguments: ["text", "json", "github", "markdown", "html", "sarif", "junit"])
    func capped(format: String) throws {
        let run = try CLI.run(["check", "-", "--format", format, "--lang", "en"], input: Self.report)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("and 19900 more warnings not shown"), "\(run.stdout.suffix(600))")
        #expect(run.stdout.contains("and 399 more errors not shown"))
        #expect(!run.stdout.contains("extra100'"))
    }

    @Test("JSON: 101 of each, the last the count; the totals count them all")
    func json() throws {
        let (run, json) = try CLI.json(["check", "-"], input: Self.report)
        #expect(run.status == 2)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let warnings = try #require(file["warnings"] as? [[String: Any]])
        let errors = try #require(file["errors"] as? [[String: Any]])
        #expect(warnings.count == 101 && errors.count == 101)
        #expect(warnings.last?["code"] as? String == "more_not_shown")
        #expect((json["summary"] as? [String: Any])?["warnings"] as? Int == 20_000 || (json["summary"] as? [String: Any])?["warnings"] == nil)
    }
}
