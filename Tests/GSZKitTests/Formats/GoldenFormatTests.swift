import Foundation
import GSZKit
import Testing

/// Each format's output for the fixed batch, byte for byte. After a deliberate change,
/// `GSZ_RECORD=1 swift test --filter GoldenFormatTests` rewrites the files; review the diff.
@Suite struct GoldenFormatTests {
    @Test("output matches the golden file", arguments: FormatName.allCases)
    func matchesGolden(_ format: FormatName) throws {
        let actual = FormatBatch.render(format)
        let file = FormatBatch.fixtures.appendingPathComponent(format.fixtureName)
        if ProcessInfo.processInfo.environment["GSZ_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: FormatBatch.fixtures, withIntermediateDirectories: true)
            try Data(actual).write(to: file)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: file.path),
            "no golden file \(format.fixtureName); record it with GSZ_RECORD=1")
        if Array(expected) != actual {
            // Split at any line end: CSV's CRLF is one Character, which a split at "\n" would miss.
            let old = String(decoding: expected, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let new = String(decoding: actual, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
            Issue.record("""
                \(format.rawValue) differs from \(format.fixtureName) at line \(line + 1):
                expected: \(line < old.count ? String(old[line]) : "(end)")
                actual:   \(line < new.count ? String(new[line]) : "(end)")
                """)
        }
    }

    @Test("rendering twice gives the same bytes", arguments: FormatName.allCases)
    func reproducible(_ format: FormatName) {
        #expect(FormatBatch.render(format) == FormatBatch.render(format))
    }

    // Text and CSV are left out: they carry a report's texts as they are (CSV is data; text
    // is the terminal format, which has its own rules). A workbook is a zip archive.
    @Test("output is valid UTF-8 with no control characters but tab, LF and CR",
          arguments: FormatName.allCases.filter { $0 != .text && $0 != .csv && $0 != .xlsx })
    func cleanText(_ format: FormatName) throws {
        let bytes = FormatBatch.render(format)
        let text = try #require(String(validating: bytes, as: UTF8.self))
        // JSON and SARIF escape controls inside strings, so raw controls never appear in any format.
        let controls = text.unicodeScalars.filter {
            ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x7F...0x9F).contains($0.value)
        }
        #expect(controls.isEmpty, "\(format.rawValue) writes \(controls.map { String($0.value, radix: 16) })")
    }
}

/// Every format can be named, is documented, and renders with its own type.
@Suite struct FormatRegistryTests {
    @Test("each command's --format names are the registry's rows it offers, in the registry's order")
    func enumsMatchRegistry() {
        #expect(FormatRegistry.all.filter { $0.check != nil }.map(\.name) == FormatName.allCases.map(\.rawValue))
        #expect(FormatRegistry.all.filter { $0.summary != nil }.map(\.name) == SummaryFormatName.allCases.map(\.rawValue))
        #expect(Set(FormatRegistry.all.map(\.name)).count == FormatRegistry.all.count, "names are unique")
    }

    @Test("every summary fits --help, and only workbooks are binary")
    func summariesFitHelp() {
        for entry in FormatRegistry.all {
            for summary in [entry.check?.summary, entry.summary?.summary].compactMap({ $0 }) {
                #expect(!summary.isEmpty && summary.count < 100, "\(entry.name): summary for --help")
            }
            #expect(entry.isBinary == (entry.name == "xlsx"), "\(entry.name)")
        }
    }

    @Test("every format is described in docs/formats.md with an example", arguments: FormatName.allCases)
    func documented(_ format: FormatName) throws {
        let docs = try String(contentsOf: FormatBatch.root.appendingPathComponent("docs/formats.md"), encoding: .utf8)
        #expect(docs.contains("## `\(format.rawValue)`"), "docs/formats.md has no section for \(format.rawValue)")
        #expect(docs.contains("--format \(format.rawValue)") || docs.contains("\(format.rawValue)="),
                "docs/formats.md shows no command for \(format.rawValue)")
    }
}
