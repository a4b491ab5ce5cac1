import GSZKit
@testable import GSZWorkbook

/// The built-in standard, loaded once for the whole run.
private let standard: Standard = {
    guard let standard = BuiltinStandard.load.standard else { fatalError("the built-in standard does not load") }
    return standard
}()
private let checker = Checker(standard: standard)
private let renderers = Language.allCases.map { Fuzzing.Renderers(standard: standard, language: $0) }

/// The parts of a small good workbook in the §12 layout; the input replaces one of them.
private let parts: [(name: String, xml: String)] = [
    ("xl/workbook.xml", """
        <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="Отчёт" sheetId="1" r:id="rId1"/><sheet name="Услуги" sheetId="2" r:id="rId2"/></sheets></workbook>
        """),
    ("xl/_rels/workbook.xml.rels", """
        <Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="x/worksheet" Target="worksheets/sheet2.xml"/></Relationships>
        """),
    ("xl/worksheets/sheet1.xml", """
        <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>\
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>ОФ</t></is></c></row>\
        <row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><v>180540012343</v></c></row>\
        <row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="inlineStr"><is><t>P</t></is></c></row>\
        <row r="5"><c r="A5" t="s"><v>4</v></c><c r="C5" s="1"><v>46023</v></c></row>\
        <row r="6"><c r="A6" t="s"><v>5</v></c><c r="C6" t="str"><v>31.12.2026</v></c></row></sheetData></worksheet>
        """),
    ("xl/worksheets/sheet2.xml", """
        <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1" t="s"><v>7</v></c>\
        <c r="C1" t="s"><v>8</v></c><c r="D1" t="s"><v>9</v></c><c r="E1" t="s"><v>10</v></c></row>\
        <row r="3"><c r="A3" t="inlineStr"><is><t>S1</t></is></c><c r="B3" t="inlineStr"><is><t>training</t></is></c>\
        <c r="C3" t="inlineStr"><is><t>webinar</t></is></c><c r="D3" s="1"><v>46063</v></c><c r="E3"><f>1+1</f><v>2</v></c></row>\
        </sheetData></worksheet>
        """),
    ("xl/sharedStrings.xml", """
        <sst><si><t>report</t></si><si><t>ngo.name</t></si><si><t>ngo.bin</t></si><si><t>project</t></si>\
        <si><t>period.from</t></si><si><t>period.to</t></si><si><t>id</t></si><si><t>kind</t></si><si><t>form</t></si>\
        <si><t>date</t></si><si><r><t>par</t></r><r><t>ticipants</t></r></si></sst>
        """),
    ("xl/styles.xml", "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"DD.MM.YYYY\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"),
]

/// Fuzzes the workbook reader through the whole check: the first byte picks which part of a
/// good workbook the rest replaces (inputs starting `PK` are taken as a whole archive, to
/// reach the zip reader); any input gives one well-formed result, every place 1-based.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = Fuzzing.bytes(data, size)
    let bytes: [UInt8]
    if input.starts(with: [0x50, 0x4B]) {
        bytes = input
    } else {
        var zip = ZipWriter()
        let replaced = input.first.map { Int($0) % parts.count }
        for (index, part) in parts.enumerated() {
            zip.add(part.name, index == replaced ? Array(input.dropFirst()) : Array(part.xml.utf8))
        }
        bytes = zip.finish()
    }
    if let workbook = try? Workbook.read(bytes) {
        for sheet in workbook.sheets {
            for (previous, cell) in zip(sheet.cells, sheet.cells.dropFirst()) {
                Fuzzing.require((previous.row, previous.column) < (cell.row, cell.column) || (previous.row, previous.column) == (cell.row, cell.column),
                                "cells out of order in \(sheet.name)")
            }
            Fuzzing.require(sheet.cells.allSatisfy { $0.row >= 1 && $0.column >= 1 }, "a cell before A1 in \(sheet.name)")
        }
    }
    let result = checker.check(bytes, path: "fuzz.xlsx")
    Fuzzing.checkResult(result)
    Fuzzing.render(result, with: renderers[size % renderers.count])
    return 0
}
