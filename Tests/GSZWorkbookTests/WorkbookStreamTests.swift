import Testing
@testable import GSZWorkbook

/// A workbook written row by row is the workbook a draft of the same rows gives, and is held
/// compressed while it is written.
@Suite struct WorkbookStreamTests {
    /// A row as the results workbook has them: text to escape, a style, a number, a date, a gap.
    static func row(_ number: Int) -> [CellDraft?] {
        [.text("S\(number) & <x> \"q\"\u{1}"), .text(number % 3 == 0 ? "maximal" : "minimal", .good), nil,
         .number(Double(number) / 7), .number(Double(number)), CellDraft(.date(year: 2026, month: 1 + number % 12, day: 1 + number % 28))]
    }

    static func sheets() -> [SheetDraft] {
        var first = SheetDraft(name: "Услуги")
        first.rows = [[.text("id"), .text("level")], [.text("Код", .bold), .text("Уровень", .bold)]]
        first.frozenRows = 2
        first.filterRow = 2
        first.widths = [1: 40, 2: 14]
        return [first, SheetDraft(name: "Итоги")]
    }

    @Test("rows appended one by one give the bytes of a draft holding them", arguments: [10, 20_000])
    func streamMatchesDraft(rows: Int) {
        let stream = WorkbookStream(sheets: Self.sheets())
        var draft = WorkbookDraft(sheets: Self.sheets())
        for number in 0..<rows {
            stream.append(Self.row(number), toSheet: number % 5 == 0 ? 1 : 0)
            draft.sheets[number % 5 == 0 ? 1 : 0].rows.append(Self.row(number))
        }
        #expect(stream.xlsx() == draft.xlsx())
    }

    @Test func rowsAreCompressedAsTheyCome() {
        let stream = WorkbookStream(sheets: Self.sheets())
        var packed: [Int] = []
        for batch in 0..<20 {
            for number in 0..<1_000 { stream.append(Self.row(batch * 1_000 + number), toSheet: 0) }
            // 1,000 rows are about 400 KB of text: what stays uncompressed is less than a chunk a
            // sheet, and the chunks a deflate thread has yet to take once the sheet is past 2 MiB
            // (zlib's own window and symbol buffer are of a fixed size too).
            #expect(stream.staged <= 2 * Deflater.chunk + DeflateThread.inFlight * Deflater.chunk)
            packed.append(stream.packedCount)
        }
        #expect(packed[9] > 0)
        #expect(packed[19] > packed[9])
    }

    @Test func aSheetPastTheDefaultLevelReadsBack() throws {
        let stream = WorkbookStream(sheets: Self.sheets())
        stream.appendRow(toSheet: 1) { row in
            row.text("files")
            row.skip()
            row.number(.infinity)
            row.number(3)
        }
        for number in 0..<12_000 { stream.append(Self.row(number), toSheet: 0) }
        let workbook = try Workbook.read(stream.xlsx())
        let services = workbook.sheets[0]
        #expect(services.cell(row: 12_002, column: 1)?.value == .text("S11999 & <x> \"q\""))
        #expect(services.cell(row: 12_002, column: 5)?.value == .number(11_999, text: "11999"))
        #expect(services.cell(row: 12_002, column: 6)?.value == .date(year: 2026, month: 12, day: 16))
        #expect(workbook.sheets[1].cells.map(\.column) == [1, 4])
    }

    @Test("text is escaped in runs as a whole string is", arguments: [
        "", "plain", "a & b <c> \"d\" 'e'", "tab\tline\nreturn\r", "bell\u{7}nul\u{0}", "\u{FFFE}x\u{FFFF}\u{FFFD}", "Кириллица & €",
    ])
    func escapedRunsMatchEscaped(text: String) {
        var runs: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { XMLText.escapedRuns(of: $0) { runs += $0 } }
        #expect(String(decoding: runs, as: UTF8.self) == XMLText.escaped(text))
    }

    @Test func howTheTextIsCutChangesNoByte() {
        let text = (0..<40_000).flatMap { Array("<row r=\"\($0)\"><c>\($0 * 7)</c></row>".utf8) }
        func part(cutEvery step: Int) -> DeflatedPart {
            let deflater = Deflater(speedingUp: true)
            text.withUnsafeBufferPointer { all in
                for start in stride(from: 0, to: all.count, by: step) {
                    deflater.write(UnsafeBufferPointer(rebasing: all[start..<min(start + step, all.count)]))
                }
            }
            return deflater.finish()
        }
        let whole = part(cutEvery: text.count)
        #expect(whole.size == text.count)
        #expect(part(cutEvery: 1).packed == whole.packed)
        #expect(part(cutEvery: 4_099).packed == whole.packed)
    }
}
