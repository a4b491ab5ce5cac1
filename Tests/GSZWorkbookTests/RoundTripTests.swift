import Testing
@testable import GSZWorkbook

/// What the writer writes, the reader reads back: every cell type, in any sheet order.
@Suite struct RoundTripTests {
    static let draft: WorkbookDraft = {
        var first = SheetDraft(name: "Услуги")
        first.rows = [
            [.text("id"), .text("kind"), nil, .text("hours")],
            [.text("Код", .bold), .text("Вид", .bold)],
            [.text("S1 & <x> \"q\""), .text("training", .good), CellDraft(.date(year: 2026, month: 2, day: 10)), .number(12.5)],
        ]
        first.hiddenRows = [1]
        first.comments = [(row: 2, column: 1, text: "id: a note")]
        first.lists = [(range: "B3:B10", values: ["training", "consulting"])]
        var second = SheetDraft(name: "Отчёт")
        second.rows = [[.text("report")], [.text("ngo.bin"), nil, .text("090140020201", .text)]]
        return WorkbookDraft(sheets: [first, second])
    }()

    @Test func readsBackWhatWasWritten() throws {
        let workbook = try Workbook.read(Self.draft.xlsx())
        #expect(workbook.sheets.map(\.name) == ["Услуги", "Отчёт"])
        let services = workbook.sheets[0]
        #expect(services.cell(row: 3, column: 1)?.value == .text("S1 & <x> \"q\""))
        #expect(services.cell(row: 3, column: 3)?.value == .date(year: 2026, month: 2, day: 10))
        #expect(services.cell(row: 3, column: 4)?.value == .number(12.5, text: "12.5"))
        #expect(services.cell(row: 2, column: 3) == nil)
        #expect(workbook.sheets[1].cell(row: 2, column: 3)?.value == .text("090140020201"))
    }

    @Test func sameDraftSameBytes() {
        #expect(Self.draft.xlsx() == Self.draft.xlsx())
    }

    @Test func aSheetWithSharedStringsFormulasAndStyledEmptyCells() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"/><c r="C1"><f>1+1</f><v>2</v></c>
            <c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1"><f>NOW()</f></c><c r="F1" s="1"><v>46063</v></c>
            <c r="G1" t="b"><v>1</v></c><c r="H1" t="e"><v>#DIV/0!</v></c><c r="I1" t="d"><v>2026-02-10T00:00:00</v></c></row>
            <row><c t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r></is></c></row></sheetData></worksheet>
            """
        let strings = "<sst><si><t>zero</t></si><si><r><t>one</t></r><rPh><t>ignored</t></rPh><r><t> more</t></r></si></sst>"
        let styles = "<styleSheet><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let cells = try Workbook.read(Self.package(sheet: sheet, strings: strings, styles: styles)).sheets[0]
        #expect(cells.cell(row: 1, column: 1)?.value == .text("one more"))
        #expect(cells.cell(row: 1, column: 2) == nil)
        #expect(cells.cell(row: 1, column: 3)?.value == .number(2, text: "2"))
        #expect(cells.cell(row: 1, column: 4)?.value == .text("ab"))
        #expect(cells.cell(row: 1, column: 5)?.value == .formulaWithoutValue)
        #expect(cells.cell(row: 1, column: 6)?.value == .date(year: 2026, month: 2, day: 10))
        #expect(cells.cell(row: 1, column: 7)?.value == .boolean(true))
        #expect(cells.cell(row: 1, column: 8)?.value == .error("#DIV/0!"))
        #expect(cells.cell(row: 1, column: 9)?.value == .date(year: 2026, month: 2, day: 10))
        #expect(cells.cell(row: 2, column: 1)?.value == .text("rich text"))
    }

    /// A minimal package around one sheet, without the package relationships (the reader
    /// falls back to the conventional paths).
    static func package(sheet: String, strings: String? = nil, styles: String? = nil, workbook: String? = nil) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array((workbook ?? """
            <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array("""
            <Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(sheet.utf8))
        if let strings { zip.add("xl/sharedStrings.xml", Array(strings.utf8)) }
        if let styles { zip.add("xl/styles.xml", Array(styles.utf8)) }
        return zip.finish()
    }
}
