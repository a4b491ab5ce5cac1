@testable import GSZKit
import GSZWorkbook
import Testing

/// The results workbook is filled as the batch hands over each file's part: it compresses
/// the rows on the way and keeps neither the parts nor their rows.
@Suite struct ResultsWorkbookStreamTests {
    /// A report of `count` lectures, each judged on its feedback.
    static func lectures(_ count: Int) -> [UInt8] {
        var text = "report:\n  ngo: {name: ОФ «Болашақ», bin: \"180540012343\"}\n  project: Лекции\n"
            + "  period: {from: 2026-01-01, to: 2026-12-31}\nservices:\n"
        for number in 1...count {
            text += "  - {id: L\(number), kind: training, form: lecture, title: \"Лекция № \(number)\", date: 2026-03-02, "
                + "participants: 40, feedback: {respondents: 30, satisfied: \(number % 31)}}\n"
        }
        return Array(text.utf8)
    }

    /// Each part as the command hands it over: `begin`'s, then each file's, then `end`'s.
    static func parts(_ format: XLSXFormat, _ results: [FileResult]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var summary = BatchSummary()
        var output = OutputBuffer()
        format.begin(into: &output)
        parts.append(output.bytes)
        for (position, result) in results.enumerated() {
            output.removeAll()
            format.file(result, position: position, into: &output)
            parts.append(output.bytes)
            summary.add(result, required: .minimal)
        }
        output.removeAll()
        format.end(summary, into: &output)
        parts.append(output.bytes)
        return parts
    }

    static let results: [FileResult] = {
        let checker = Checker(standard: FormatBatch.standard)
        return (0..<3).map { checker.check(lectures(2_000), path: "reports/\($0).yaml") } + FormatBatch.results
    }()

    @Test func eachPartIsCompressedAsItArrivesAndNoneIsKept() throws {
        let format = XLSXFormat(options: FormatBatch.options())
        let workbook = try #require(format.packager() as? ResultsWorkbook)
        let parts = Self.parts(format, Self.results)
        var packed = 0
        for (index, part) in parts.enumerated() {
            part.withUnsafeBytes(workbook.take)
            // What is held uncompressed is less than a chunk a sheet, and the chunks a large
            // sheet's deflate thread has yet to take, whatever the part's size (each report's
            // part is about 300 KB): no part and no row is kept.
            #expect(workbook.staged <= ResultsSheet.allCases.count * (1 + 3) * 65_536)
            if (1...3).contains(index) {
                #expect(workbook.packedCount > packed, "part \(index) of \(part.count) bytes was not compressed as it came")
                packed = workbook.packedCount
            }
        }
        #expect(parts[1].count > ResultsSheet.allCases.count * 65_536)
        #expect(workbook.finish() == format.render(Self.results, required: .minimal))
    }

    @Test("parts cut anywhere give the same workbook", arguments: [1, 7, 4_096])
    func partsCutAnywhere(step: Int) {
        let format = XLSXFormat(options: FormatBatch.options())
        let packager = format.packager()
        let bytes = Self.parts(format, FormatBatch.results).flatMap { $0 }
        bytes.withUnsafeBytes { all in
            for start in stride(from: 0, to: all.count, by: step) {
                packager.take(UnsafeRawBufferPointer(rebasing: all[start..<min(start + step, all.count)]))
            }
        }
        #expect(packager.finish() == FormatBatch.render(.xlsx))
    }
}
