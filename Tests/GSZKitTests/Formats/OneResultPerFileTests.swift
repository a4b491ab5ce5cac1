import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GSZKit
import GSZWorkbook
import Testing

/// Every format gives each input file exactly one file-level entry, in input order, for a
/// batch of good and broken files alike.
@Suite struct OneResultPerFileTests {
    /// The paths of the format's file-level entries, in the order they appear.
    private func entries(_ format: FormatName) throws -> [String] {
        let text = FormatBatch.text(format)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        switch format {
        case .text:
            // `path: verdict — passes`: the heading names the verdict, then pass or fail.
            let headings = Dictionary(FormatBatch.results.map { ("\($0.path): \($0.verdict.name(in: .en)) — ", $0.path) },
                                      uniquingKeysWith: { a, _ in a })
            return lines.compactMap { line in headings.first { line.hasPrefix($0.key) }?.value }
        case .json:
            return try DecodedJSON.parse(Array(text.utf8))["files"]?.array.compactMap { $0["path"]?.string } ?? []
        case .junit:
            let document = try XMLDocument(data: Data(text.utf8), options: [])
            return document.rootElement()?.elements(forName: "testsuite").compactMap { $0.attribute(forName: "name")?.stringValue } ?? []
        case .sarif:
            let results = try DecodedJSON.parse(Array(text.utf8))["runs"]?.array.first?["results"]?.array ?? []
            return results.filter { $0["ruleId"] == .string("gsz/verdict") }.compactMap {
                $0["locations"]?.array.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.string?.removingPercentEncoding
            }
        case .github:
            return lines.compactMap(WorkflowCommand.init).filter { $0.name == "notice" }.compactMap { $0.properties["file"] }
        case .markdown:
            let rows = lines.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.dropFirst(2)
            let escaped = Dictionary(FormatBatch.results.map { (MarkdownFormat.escape($0.path), $0.path) }, uniquingKeysWith: { a, _ in a })
            return rows.compactMap { escaped[markdownCells($0)[0]] }
        case .csv:
            // A row per service; a file's rows are one entry, and a file with errors has exactly one row.
            var paths: [String] = []
            for record in CSVReader.records(text).dropFirst() where paths.last != record[0] || record[6] == "error" {
                paths.append(record[0])
            }
            return paths
        case .html:
            // A section per file, its path in the heading, escaped.
            return text.components(separatedBy: "<section class=\"file ").dropFirst().compactMap { section in
                section.components(separatedBy: "<span class=\"path\">").dropFirst().first?
                    .components(separatedBy: "</span>").first.map(Self.unescapeMarkup)
            }
        case .xlsx:
            // The files sheet: a row per file under the id and label rows.
            let files = try Workbook.read(FormatBatch.render(format)).sheets[1]
            return files.cells.filter { $0.column == 1 && $0.row > 2 }.compactMap {
                if case .text(let path) = $0.value { path } else { nil }
            }
        }
    }

    static func unescapeMarkup(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("each file appears exactly once, in input order", arguments: FormatName.allCases)
    func oncePerFile(_ format: FormatName) throws {
        #expect(try entries(format) == FormatBatch.results.map(\.path))
    }

    @Test("an empty batch still gives a well-formed document", arguments: FormatName.allCases)
    func emptyBatch(_ format: FormatName) throws {
        let bytes = format.type.init(options: FormatBatch.options()).render([], required: .minimal)
        switch format {
        case .json, .sarif: _ = try DecodedJSON.parse(bytes)
        case .junit: _ = try XMLDocument(data: Data(bytes), options: [])
        case .csv: #expect(CSVReader.records(String(decoding: bytes, as: UTF8.self)).count == 1)
        case .text, .github, .markdown: #expect(!bytes.isEmpty)
        case .html: #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("</html>\n"))
        case .xlsx: #expect(try Workbook.read(bytes).sheets.count == 4)
        }
    }
}
