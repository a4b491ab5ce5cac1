import Foundation
import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// Finding: quoting each diagnostic's line searched the file from the top, so text output
/// of a file with many diagnostics was quadratic (32,000 unknown keys: 47 s; a minified
/// JSON line with 20,000: 66 s). A cursor that carries on from the last place fixes it.
@Suite("Quoting diagnostics costs a pass over the file, however many there are")
struct QuotingCostTests {
    /// The text output for `text`, checked as a report.
    private func renderText(_ text: String) throws -> String {
        let standard = try Reports.standard()
        let result = Checker(standard: standard).check(Array(text.utf8), path: "big.yaml")
        let format = TextFormat(options: RenderOptions(language: .en, required: .minimal, color: false,
                                                       standard: standard, toolVersion: "test"))
        var output = OutputBuffer()
        format.file(result, position: 0, into: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test("50,000 unknown keys, one a line, render in seconds: the first 100 each quote their own line, then a count")
    func manyLines() throws {
        let keys = (0..<50_000).map { "  extra\($0): 1\n" }.joined()
        let report = Reports.header.replacingOccurrences(of: "services:", with: keys + "services:")
            + "\n  - {id: A, kind: consulting, date: 2026-03-02}\n"
        let clock = ContinuousClock()
        let start = clock.now
        let text = try renderText(report)
        // Quadratic quoting took minutes here; linear takes about a second even unoptimised.
        #expect(clock.now - start < .seconds(20))
        #expect(text.contains("    106 |   extra99: 1\n"))
        #expect(text.contains("    7 |   extra0: 1\n"))
        #expect(!text.contains("extra100:"))
        #expect(text.contains("big.yaml: warning: and 49900 more warnings not shown\n"))
    }

    @Test("a minified JSON line with 20,000 unknown keys renders in seconds, each shown with its window")
    func oneLongLine() throws {
        let keys = (0..<20_000).map { ", \"x\($0)\": 1" }.joined()
        let report = #"{"report": {"ngo": {"name": "X", "bin": "180540012343"}, "project": "P", "period": {"from": "2026-01-01", "to": "2026-12-31"}"#
            + keys + #"}, "services": [{"id": "A", "kind": "consulting", "date": "2026-03-02"}]}"#
        let clock = ContinuousClock()
        let start = clock.now
        let text = try renderText(report)
        #expect(clock.now - start < .seconds(20))
        let last = try #require(text.range(of: "unknown key 'x99'"))
        let quoted = text[last.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        #expect(quoted.hasPrefix("    1 | …"))
        #expect(quoted.contains(#", "x99": 1, "x100""#))
        #expect(text.contains("and 19900 more warnings not shown"))
    }
}

/// The cursor gives the same excerpt whatever order places are asked in.
@Suite("SourceCursor")
struct SourceCursorTests {
    static let source = Array("\u{FEFF}a: бвг\r\nsecond: line\nthird\n".utf8)

    @Test("places in any order quote the right line, caret under the right scalar", arguments: [
        [(1, 4), (2, 9), (3, 1)],
        [(3, 1), (2, 9), (1, 4)],
        [(2, 9), (2, 1), (1, 4), (3, 2)],
    ])
    func anyOrder(places: [(Int, Int)]) {
        var cursor = SourceCursor(source: Self.source)
        for (line, column) in places {
            let excerpt = cursor.excerpt(at: SourceLocation(line: line, column: column))
            let expected: (String, String) = switch line {
            case 1: ("a: бвг", String(repeating: " ", count: column - 1))  // no BOM, no CR
            case 2: ("second: line", String(repeating: " ", count: column - 1))
            default: ("third", String(repeating: " ", count: column - 1))
            }
            #expect(excerpt?.line == expected.0, "line \(line)")
            #expect(excerpt?.caretIndent == expected.1, "line \(line) column \(column)")
        }
    }

    @Test("a line past the end has no excerpt; the line after a final newline is empty")
    func pastTheEnd() {
        var cursor = SourceCursor(source: Self.source)
        #expect(cursor.excerpt(at: SourceLocation(line: 5, column: 1)) == nil)
        #expect(cursor.excerpt(at: SourceLocation(line: 4, column: 1))?.line == "")
    }
}
