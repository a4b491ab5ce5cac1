import Foundation
@testable import GSZKit
import Testing

/// A table row's cells, split at pipes that no backslash escapes.
func markdownCells(_ row: Substring) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for character in row.dropFirst().dropLast() {  // the outer pipes
        if character == "|" && !escaped {
            cells.append(cell.trimmingCharacters(in: .whitespaces))
            cell = ""
        } else {
            cell.append(character)
        }
        escaped = character == "\\" && !escaped
    }
    cells.append(cell.trimmingCharacters(in: .whitespaces))
    return cells
}

@Suite struct MarkdownFormatTests {
    let lines = FormatBatch.text(.markdown).split(separator: "\n", omittingEmptySubsequences: false)

    /// The rows of the table that starts at `header`, header and separator included.
    private func table(at header: Int) -> ArraySlice<Substring> {
        lines[header...].prefix { $0.hasPrefix("|") }
    }

    @Test("the summary table has a row per file, every row as wide as its header")
    func summaryTable() throws {
        let start = try #require(lines.firstIndex { $0.hasPrefix("|") })
        let rows = table(at: start)
        let width = markdownCells(rows.first!).count
        #expect(rows.allSatisfy { markdownCells($0).count == width }, "\(rows.map { markdownCells($0).count })")
        let files = rows.dropFirst(2)
        #expect(files.count == FormatBatch.results.count)
        for (row, result) in zip(files, FormatBatch.results) {
            let cells = markdownCells(row)
            #expect(cells[0] == MarkdownFormat.escape(result.path))
            #expect(cells[2].contains("`" + result.verdict.rawValue + "`"))
            #expect(cells[3] == String(result.services.count))
        }
    }

    @Test("then a section per file, in order, each service table as wide as its header")
    func sections() {
        let headings = lines.filter { $0.hasPrefix("### ") }
        #expect(headings.map { $0.dropFirst(4).split(separator: " — ").first.map(String.init) }
            == FormatBatch.results.map { MarkdownFormat.escape($0.path) })
        let tables = lines.indices.filter { lines[$0].hasPrefix("|") && ($0 == 0 || !lines[$0 - 1].hasPrefix("|")) }
        #expect(tables.count == 1 + FormatBatch.results.count { !$0.services.isEmpty })
        for start in tables {
            let rows = table(at: start)
            #expect(rows.allSatisfy { markdownCells($0).count == markdownCells(rows.first!).count })
        }
    }

    @Test("the totals come last")
    func totals() {
        #expect(lines.last == "")
        #expect(lines.dropLast().last?.hasPrefix("**Total**") == true)
    }

    @Test("cells escape what Markdown would read as markup", arguments: [
        ("a|b", "a\\|b"), ("`code`", "\\`code\\`"), ("<b>", "\\<b\\>"), ("two\nlines", "two\\\\nlines"),
        ("a\\|b", "a\\\\\\|b"), ("ОФ «Әлем»", "ОФ «Әлем»"), ("bell\u{7}", "bell\\\\x07"),
        ("a\u{2066}b", "a\\\\u2066b"),
    ])
    func escape(_ text: String, _ expected: String) {
        #expect(MarkdownFormat.escape(text) == expected)
    }

    @Test("verdicts read in the reader's language with the English id beside them")
    func localizedVerdicts() {
        let russian = FormatBatch.text(.markdown, language: .ru)
        for result in FormatBatch.results {
            #expect(russian.contains(result.verdict.name(in: .ru) + " (`" + result.verdict.rawValue + "`)"))
        }
    }
}
