import Foundation
import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// The root key decides what a file is (contract §7): each file goes to its family, and a
/// file that is no document, or two at once, is an input error at the key that says so.
@Suite("Documents are told apart by their root key")
struct DocumentRoutingTests {
    private func codes(_ result: FileResult) -> [String] { result.errors.map(\.message.id) }

    @Test("a report goes to the report family and says so in JSON")
    func report() throws {
        let result = Rendering.report(Reports.report([Reports.service()]))
        #expect(result.document == .report)
        #expect(result.verdict != .error)
        let json = Rendering.render(JSONFormat.self, [result], Rendering.options(.en))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["document"] as? String == "report")
        #expect(file["findings"] == nil, "reports keep the shape of contract §6")
    }

    @Test("services without a report header are still read as a report, which names what is missing")
    func servicesWithoutHeader() {
        let result = Rendering.report("services:\n  - id: S1\n")
        #expect(codes(result).contains("missing_field"))
        #expect(!codes(result).contains("unknown_document"))
    }

    @Test("a mapping with no document key is an unknown document at the top", arguments: [
        "ngo: ОФ «Болашақ»\nitems: []\n", "reports: {}\n",
    ])
    func unknown(_ text: String) throws {
        let result = Rendering.report(text)
        #expect(result.verdict == .error)
        let error = try #require(result.errors.first)
        #expect(error.message.id == "unknown_document")
        #expect(error.location?.line == 1 && error.location?.column == 1)
        #expect(error.message.text(in: .en).contains("'report'"))
    }

    @Test("two document keys in one file are an error at the second",
          .enabled(if: RuleFamilies.all.contains { $0.kind == .discussion }, "no discussion family yet"))
    func two() throws {
        let text = Reports.report([Reports.service()]) + "discussion:\n  body: x\n"
        let result = Rendering.report(text)
        let error = try #require(result.errors.first { $0.message.id == "two_documents" })
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("discussion:") }
        #expect(error.location?.line == line.map { $0 + 1 })
    }

    @Test("a document judged by rules: noncompliant before incomplete before compliant")
    func verdictOfFindings() {
        func finding(_ level: IndicatorLevel) -> RuleFinding {
            RuleFinding(rule: "r", level: level, message: LocalizedText(verbatim: "m"), location: nil)
        }
        #expect(Verdict.of(findings: []) == .compliant)
        #expect(Verdict.of(findings: [finding(.meets)]) == .compliant)
        #expect(Verdict.of(findings: [finding(.meets), finding(.missing)]) == .incomplete)
        #expect(Verdict.of(findings: [finding(.missing), finding(.noncompliant)]) == .noncompliant)
        #expect(Verdict.compliant.passes(.maximal))
    }
}
