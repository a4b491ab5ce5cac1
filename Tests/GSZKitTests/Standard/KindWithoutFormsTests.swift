import Foundation
import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// A kind without forms gets thresholds from a table whose row names no form: adding the
/// table is enough (docs/standard.md), and a row that could never apply is a lint problem.
@Suite("Thresholds for a kind without forms")
struct KindWithoutFormsTests {
    private static let consulting = StandardSource(path: "consulting.yaml", text: """
        table:
          id: consulting-conditions
          kind: consulting
          title: {ru: Консультации, kk: Кеңес беру, en: Consulting}
          indicators: [participants]
        rows:
          - source: a row for the whole kind
            participants: {minimal: 5, maximal: 10}
        """)

    private func check(_ service: String, against standard: Standard) -> FileResult {
        Checker(standard: standard).check(Array(Reports.report([service]).utf8), path: "r.yaml")
    }

    @Test("a failing consulting service is noncompliant, a passing one graded, once the table exists",
          arguments: [(3, Verdict.noncompliant), (5, .minimal), (12, .maximal)])
    func graded(participants: Int, verdict: Verdict) throws {
        let load = StandardToolsFixtures.builtin(plus: [Self.consulting])
        let standard = try #require(load.standard, "\(load.diagnostics.map { $0.message.text(in: .en) })")
        let result = check(Reports.service(kind: "consulting", form: nil, participants: participants, respondents: nil, satisfied: nil), against: standard)
        #expect(result.verdict == verdict)
        #expect(result.services.first?.indicators.map(\.id) == ["participants"])
    }

    @Test("without the table the same service is not assessed")
    func withoutTable() throws {
        let result = check(Reports.service(kind: "consulting", form: nil, participants: 3, respondents: nil, satisfied: nil), against: try Reports.standard())
        #expect(result.verdict == .notAssessed)
    }

    @Test("the table shows one row for the kind in gsz standard show")
    func shown() throws {
        let standard = try #require(StandardToolsFixtures.builtin(plus: [Self.consulting]).standard)
        let table = try #require(StandardTable.tables(of: standard).first { $0.kind.id == "consulting" })
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells.compactMap { $0 }.count == 1)
    }

    @Test("a second row for a kind without forms, and a row naming no form of a kind with forms, are refused",
          arguments: [
            ("consulting", "  - participants: {minimal: 1, maximal: 2}\n", "kind_in_two_rows", 9),
            ("training", "", "row_without_forms", 7),
          ])
    func refused(kind: String, extraRow: String, code: String, line: Int) {
        let text = String(decoding: Self.consulting.bytes, as: UTF8.self)
            .replacingOccurrences(of: "kind: consulting", with: "kind: \(kind)")
            .replacingOccurrences(of: "id: consulting-conditions", with: "id: extra-\(kind)") + "\n" + extraRow
        let load = StandardToolsFixtures.builtin(plus: [StandardSource(path: "extra.yaml", text: text)])
        #expect(load.standard == nil)
        let found = load.diagnostics.filter { $0.message.id == "standard_" + code }
        #expect(found.map { $0.location?.line } == [line], "\(load.diagnostics.map { $0.message.text(in: .en) })")
    }
}
