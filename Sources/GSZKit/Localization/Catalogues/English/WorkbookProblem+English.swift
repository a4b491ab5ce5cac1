import GSZWorkbook

/// The sentences of `WorkbookProblem` in English, said to a person who keeps the report in
/// Excel or LibreOffice Calc: what to do in the program they have open.
extension WorkbookProblem {
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        switch self {
        case .unreadable(let kind): return kind.english
        case .noReportSheet:
            return "no sheet of this workbook holds a report: the header sheet has 'report' in 'A1', the services sheet 'id' and 'kind' in row 1"
        case .secondSheet(let role, let first):
            return "a second \(role == .header ? "header" : "services") sheet; only \(q(first)) is read"
        case .duplicateKey(let key, let first): return "key \(q(key)) is given twice (first in \(q(first)))"
        case .binAsNumber(let bin):
            return "the BIN is stored as a number, read as \(q(bin)); format the cell as text so leading zeros stay"
        case .formulaWithoutValue: return "the formula has no saved result; open the workbook in Excel or LibreOffice and save it"
        case .keyNotText(let cell): return "key cell \(q(cell)) is not text; its column is not read"
        }
    }
}

extension WorkbookError.Kind {
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        return switch self {
        case .notAWorkbook: "not an Excel workbook (.xlsx): save the file in Excel or LibreOffice as an .xlsx workbook"
        case .encrypted: "the workbook is protected by a password; save it as an .xlsx workbook without one"
        case .legacyExcel: "an Excel 97–2003 workbook (.xls), which gsz does not read: save it as an Excel workbook (.xlsx)"
        case .openDocument: "an OpenDocument spreadsheet (.ods), not an Excel workbook: in LibreOffice, save it as \(q("Excel 2007-365 (.xlsx)"))"
        case .damaged(let part): "the workbook is damaged (\(q(part))); save it again in Excel or LibreOffice"
        case .unsupported(let part): "the workbook stores \(q(part)) in a way gsz does not read; save it again in Excel or LibreOffice"
        case .missingPart(let part): "the workbook lacks its part \(q(part)); save it again in Excel or LibreOffice"
        case .missingSharedString(let index): "a cell refers to text number \(index), which the workbook does not hold"
        case .partTooLarge(let part, let limit): "the workbook part \(q(part)) is larger than \(limit >> 20) MiB"
        case .compressionRatio(let part, let ratio): "the workbook part \(q(part)) inflates to more than \(ratio) times its packed size (a zip bomb?)"
        case .tooManyEntries(let limit): "the workbook archive lists more than \(limit) files"
        case .malformedXML(let part, let reason): "the workbook part \(q(part)) is not well-formed XML (\(q(reason)))"
        case .doctype(let part): "the workbook part \(q(part)) declares a document type, which gsz refuses (entity expansion)"
        case .tooManyCells(let sheet, let limit): "sheet \(q(sheet)) has more than \(limit) rows or cells"
        case .cellTooLong(let limit): "the cell holds more than \(limit >> 10) KiB of text"
        }
    }
}
