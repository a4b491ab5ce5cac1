import GSZWorkbook
@testable import GSZKit

extension Examples {
    /// One of each workbook problem, every unreadable kind among them.
    static let workbookProblems: [WorkbookProblem] = [
        .noReportSheet,
        .secondSheet(role: .header, first: "Отчёт"),
        .secondSheet(role: .services, first: "Услуги"),
        .duplicateKey(key: "hours", first: "Услуги!H1"),
        .binAsNumber(bin: "090140020201"),
        .formulaWithoutValue,
        .keyNotText(cell: "F1"),
    ] + workbookErrors.map(WorkbookProblem.unreadable)

    static let workbookErrors: [WorkbookError.Kind] = [
        .notAWorkbook,
        .encrypted,
        .legacyExcel,
        .openDocument,
        .damaged(part: "central directory"),
        .unsupported(part: "xl/worksheets/sheet1.xml"),
        .missingPart("xl/workbook.xml"),
        .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 16 << 20),
        .compressionRatio(part: "xl/worksheets/sheet1.xml", ratio: 100),
        .tooManyEntries(limit: 4_096),
        .malformedXML(part: "xl/sharedStrings.xml", reason: "an unclosed tag at byte 120"),
        .doctype(part: "xl/workbook.xml"),
        .tooManyCells(sheet: "Услуги", limit: 100_000),
        .cellTooLong(limit: 128 << 10),
        .missingSharedString(index: 7),
    ]
}
