import Foundation
import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// Finding: diagnostics were unbounded within the size limit (990,000 unknown keys: seconds
/// and half a gigabyte in every format). One file shows the first 100 errors and the first
/// 100 warnings, then one line with how many more.
@Suite("A file shows at most 100 errors and 100 warnings, then their count")
struct DiagnosticLimitTests {
    private func check(_ text: String) throws -> FileResult {
        Checker(standard: try Reports.standard()).check(Array(text.utf8), path: "big.yaml")
    }

    @Test("unknown keys past 100: the first 100, in order, then one warning with the rest", arguments: [99, 100, 101, 5_000])
    func unknownKeys(count: Int) throws {
        let keys = (0..<count).map { "  extra\($0): 1\n" }.joined()
        let result = try check(Reports.header.replacingOccurrences(of: "services:", with: keys + "services:")
            + "\n  - {id: A, kind: consulting, date: 2026-03-02}\n")
        let unknown = result.warnings.filter { $0.message.id == "unknown_key" }
        #expect(unknown.count == min(count, 100))
        #expect(unknown.first?.message == .unknownKey(key: "extra0", suggestion: nil))
        #expect(result.warningCount == count)
        if count > 100 {
            #expect(result.warnings.last?.message == .moreNotShown(count: count - 100, severity: .warning))
            #expect(result.warnings.last?.location == nil)
        } else {
            #expect(!result.warnings.contains { $0.message.id == "more_not_shown" })
        }
    }

    @Test("services sharing one id past 100: errors capped the same way; the verdict stays error")
    func duplicateIDs() throws {
        let services = (0..<1_000).map { _ in "  - {id: S1, kind: consulting, date: 2026-03-02}\n" }.joined()
        let result = try check(Reports.header + "\n" + services)
        #expect(result.verdict == .error)
        #expect(result.errors.count == 101)
        #expect(result.errors.last?.message == .moreNotShown(count: 899, severity: .error))
        #expect(result.errorCount == 999)
    }

    @Test("a result made again from a capped one keeps one count, last")
    func remade() {
        let many = (0..<250).map { Diagnostic.warning(.noServices, path: "a.yaml", at: GSZYAML.SourceLocation(line: $0 + 1, column: 1)) }
        let first = FileResult(path: "a.yaml", verdict: .minimal, errors: [], warnings: many, source: [])
        let again = FileResult(path: "a.yaml", verdict: .minimal, errors: [],
                               warnings: [.warning(.noServices, path: "a.yaml", at: nil)] + first.warnings, source: [])
        #expect(again.warnings.count == 101)
        #expect(again.warnings.last?.message == .moreNotShown(count: 151, severity: .warning))
        #expect(again.warningCount == 251)
    }
}

/// Finding: a service that is not a mapping was "'' must be a mapping": a list item has no
/// key, so the message names it by its place in the list.
@Suite("A list item that should be a mapping is named by its place")
struct ListItemNameTests {
    @Test("services: [S1, hello] names services[2]")
    func named() throws {
        let result = Checker(standard: try Reports.standard())
            .check(Array((Reports.header + "\n  - {id: A, kind: consulting, date: 2026-03-02}\n  - hello\n").utf8), path: "r.yaml")
        let messages = result.errors.map { $0.message.text(in: .en) }
        #expect(messages.contains("'services[2]' must be a mapping, not 'hello'"), "\(messages)")
    }
}
