import Testing
@testable import GSZWorkbook

/// Inputs built to exhaust a reader end in an error, not a crash, a hang or a gigabyte.
@Suite struct HostileWorkbookTests {
    private func failure(_ bytes: [UInt8], limits: WorkbookLimits = .default) -> WorkbookError.Kind? {
        do {
            _ = try Workbook.read(bytes, limits: limits)
            return nil
        } catch {
            return error.kind
        }
    }

    @Test(arguments: [[UInt8](), Array("report:\n  ngo: {}".utf8), [0x50, 0x4B, 0x03, 0x04, 0, 0], Array(repeating: 0x50, count: 100)])
    func notAWorkbook(bytes: [UInt8]) {
        #expect(failure(bytes) == .notAWorkbook)
    }

    @Test func anOLEFileNamingAnEncryptedPackageIsAnEncryptedWorkbook() {
        let padding = [UInt8](repeating: 0, count: 512)
        let file = WorkbookReader.compoundFileSignature + padding + WorkbookReader.encryptedPackageName + padding
        #expect(failure(file) == .encrypted)
    }

    @Test func anyOtherOLEFileIsALegacyWorkbook() {
        let workbookStream = "Workbook".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(failure(WorkbookReader.compoundFileSignature + Array(repeating: 0, count: 512) + workbookStream) == .legacyExcel)
        // The name in one byte a character is not the directory's.
        #expect(failure(WorkbookReader.compoundFileSignature + Array("EncryptedPackage".utf8)) == .legacyExcel)
    }

    @Test func aZipThatNamesAnOpenDocumentTypeIsAnOpenDocumentSpreadsheet() {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        zip.add("content.xml", Array("<office:document-content/>".utf8))
        #expect(failure(zip.finish()) == .openDocument)
        // A workbook carrying some other `mimetype` entry is still read as a workbook.
        var other = ZipWriter()
        other.add("mimetype", Array("text/plain".utf8))
        #expect(failure(other.finish()) == .missingPart("xl/workbook.xml"))
    }

    @Test func aZipBombStopsAtTheRatio() {
        // 64 MiB of one byte deflates to about 64 KiB: a thousand times its packed size.
        let bomb = "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>" + String(repeating: "A", count: 64 << 20)
        guard case .compressionRatio? = failure(RoundTripTests.package(sheet: bomb)) else {
            Issue.record("a zip bomb was read")
            return
        }
    }

    @Test func aMillionRowsStopAtTheRowLimit() {
        var limits = WorkbookLimits.default
        limits.maxRatio = 100_000  // let it inflate: the row count must stop it
        limits.maxPartBytes = 64 << 20
        let rows = String(repeating: "<row><c><v>1</v></c></row>", count: 1_000_000)
        let kind = failure(RoundTripTests.package(sheet: "<worksheet><sheetData>" + rows + "</sheetData></worksheet>"), limits: limits)
        #expect(kind == .tooManyCells(sheet: "Лист1", limit: limits.maxRows))
    }

    @Test func aHugeCellStopsAtTheCellLimit() {
        var limits = WorkbookLimits.default
        limits.maxRatio = 100_000
        let cell = "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>" + String(repeating: "Ә", count: 1 << 20) + "</t></is></c></row></sheetData></worksheet>"
        #expect(failure(RoundTripTests.package(sheet: cell), limits: limits) == .cellTooLong(limit: limits.maxCellBytes))
    }

    @Test func aDocumentTypeIsRefused() {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        #expect(failure(RoundTripTests.package(sheet: laughs)) == .doctype(part: "xl/worksheets/sheet1.xml"))
    }

    @Test(arguments: ["<worksheet><sheetData><row><c", "<worksheet><c t=\"s\"><v>&bogus;</v></c></worksheet>", "<worksheet><sheetData><row r=5>"])
    func malformedXMLIsAnError(sheet: String) {
        guard case .malformedXML? = failure(RoundTripTests.package(sheet: sheet)) else {
            Issue.record("\(sheet) was read")
            return
        }
    }

    @Test func aSharedStringOutOfRangeIsAnError() {
        let sheet = "<worksheet><sheetData><row><c r=\"B2\" t=\"s\"><v>5</v></c></row></sheetData></worksheet>"
        #expect(failure(RoundTripTests.package(sheet: sheet, strings: "<sst><si><t>a</t></si></sst>")) == .missingSharedString(index: 5))
    }

    @Test func aTruncatedArchiveIsDamaged() {
        let bytes = RoundTripTests.draft.xlsx()
        var cut = bytes
        cut.removeSubrange(100..<2_000)
        #expect(failure(cut) != nil)
    }

    /// A cell outside any row, a row numbered 0, or a cell name that is not one still lands at A1 or after.
    @Test(arguments: [
        "<worksheet><sheetData><c r=\"A1\u{0}\"><v>1</v></c></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"0\"><c><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><c><v>1</v></c></sheetData></worksheet>",
    ])
    func everyCellIsAtA1OrAfter(sheet: String) throws {
        let workbook = try Workbook.read(RoundTripTests.package(sheet: sheet))
        let cells = workbook.sheets.flatMap(\.cells)
        #expect(cells.count == 1)
        #expect(cells.allSatisfy { $0.row >= 1 && $0.column >= 1 })
    }
}
