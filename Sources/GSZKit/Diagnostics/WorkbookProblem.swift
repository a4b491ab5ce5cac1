public import GSZWorkbook

/// A problem particular to reports kept as workbooks (contract §12), as data.
///
/// Problems any report can have (a missing field, a BIN that fails its check digit) keep
/// their own messages, placed at the cell; these are the ones only a workbook can have.
public enum WorkbookProblem: Hashable, Sendable {
    /// The workbook cannot be read at all (not a zip, encrypted, a bomb, malformed XML…).
    case unreadable(WorkbookError.Kind)
    /// No sheet has `report` in A1 nor `id` and `kind` in row 1.
    case noReportSheet
    /// A second sheet of the same role; `first` names the one that is read.
    case secondSheet(role: Role, first: String)
    /// A key given twice (a header row or a services column); `first` is the first cell.
    case duplicateKey(key: String, first: String)
    /// A BIN in a number cell, read left-padded to 12 digits as `bin`.
    case binAsNumber(bin: String)
    /// A formula cell whose result was never saved.
    case formulaWithoutValue
    /// A service sheet's column key that is not text (a number or a date in row 1).
    case keyNotText(cell: String)

    /// What a sheet holds in the §12 layout.
    public enum Role: String, Hashable, Sendable {
        /// Keys in column A, values in column C; A1 is `report`.
        case header
        /// Keys in row 1, one service a row from row 3.
        case services
    }

    /// A stable English id, prefixed `workbook_`.
    public var id: String {
        switch self {
        case .unreadable(let kind):
            switch kind {
            case .notAWorkbook, .legacyExcel, .openDocument: "workbook_not_a_workbook"
            case .encrypted: "workbook_encrypted"
            case .damaged, .unsupported, .missingPart, .missingSharedString: "workbook_damaged"
            case .compressionRatio, .tooManyEntries: "workbook_zip_bomb"
            case .malformedXML: "workbook_xml"
            case .doctype: "workbook_doctype"
            case .partTooLarge, .tooManyCells, .cellTooLong: "workbook_too_large"
            }
        case .noReportSheet: "workbook_no_report_sheet"
        case .secondSheet: "workbook_second_sheet"
        case .duplicateKey: "workbook_duplicate_key"
        case .binAsNumber: "workbook_bin_as_number"
        case .formulaWithoutValue: "workbook_formula_without_value"
        case .keyNotText: "workbook_key_not_text"
        }
    }

    /// Every check on workbooks, for `InputCheck.all`.
    static let checks: [InputCheck] = [
        InputCheck("workbook_not_a_workbook", .error, "A file read as a workbook that is not an Excel workbook (.xlsx): not a zip archive, an Excel 97–2003 workbook (.xls) or an OpenDocument spreadsheet (.ods)."),
        InputCheck("workbook_encrypted", .error, "A workbook protected by a password, which gsz cannot read."),
        InputCheck("workbook_damaged", .error, "A workbook whose archive or parts are damaged or missing."),
        InputCheck("workbook_zip_bomb", .error, "A workbook part that inflates far beyond its packed size (a zip bomb)."),
        InputCheck("workbook_xml", .error, "A workbook part that is not well-formed XML."),
        InputCheck("workbook_doctype", .error, "A workbook part with a document type, refused so entities cannot expand."),
        InputCheck("workbook_too_large", .error, "A part, a sheet or a cell larger than gsz reads."),
        InputCheck("workbook_no_report_sheet", .error, "No sheet in the layout: A1 'report', or row 1 with 'id' and 'kind'."),
        InputCheck("workbook_second_sheet", .error, "Two sheets hold the report header, or two the services."),
        InputCheck("workbook_duplicate_key", .error, "A key given twice in a header sheet or in the services' key row."),
        InputCheck("workbook_formula_without_value", .error, "A formula whose result was never saved."),
        InputCheck("workbook_key_not_text", .warning, "A key cell that is not text; its column is not read."),
        InputCheck("workbook_bin_as_number", .warning, "A BIN in a number cell, read left-padded to 12 digits."),
    ]
}
