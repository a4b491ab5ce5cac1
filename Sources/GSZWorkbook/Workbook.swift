/// A workbook as read: its sheets, in workbook order, each a sparse grid of typed cells.
///
/// Only values are kept (what Excel or LibreOffice last showed, formulas by their saved
/// result); styles matter only to tell a date cell from a number cell.
public struct Workbook: Sendable {
    /// The sheets, in the order the workbook lists them, hidden ones included.
    public let sheets: [Sheet]

    /// A workbook of `sheets`.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// Whether `bytes` look like a workbook's container: a zip archive (an `.xlsx`, or an
    /// `.ods` to refuse by name), or the OLE file an encrypted workbook or a legacy `.xls` is.
    public static func looksLikeWorkbook(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || bytes.starts(with: WorkbookReader.compoundFileSignature)
    }

    /// Reads the workbook in `bytes` within `limits`.
    public static func read(_ bytes: [UInt8], limits: WorkbookLimits = .default) throws(WorkbookError) -> Workbook {
        try WorkbookReader(bytes, limits: limits).read()
    }
}

/// One sheet: its name and its non-empty cells, by row, then column.
public struct Sheet: Sendable {
    /// The sheet's name, as its tab shows it.
    public let name: String
    /// The cells that hold something, ordered by row, then column.
    public let cells: [Cell]

    /// A sheet named `name` holding `cells` (sorted here).
    public init(name: String, cells: [Cell]) {
        self.name = name
        let ordered = zip(cells, cells.dropFirst()).allSatisfy { ($0.row, $0.column) <= ($1.row, $1.column) }
        self.cells = ordered ? cells : cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// The cell at `row`, `column`, if it holds something.
    public func cell(row: Int, column: Int) -> Cell? {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            let cell = cells[middle]
            if (cell.row, cell.column) < (row, column) { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].row == row && cells[low].column == column ? cells[low] : nil
    }
}

/// One cell that holds something.
public struct Cell: Sendable, Equatable {
    /// The row, from 1.
    public let row: Int
    /// The column, from 1 (`A`).
    public let column: Int
    /// What the cell holds.
    public let value: CellValue

    /// A cell at `row`, `column` holding `value`.
    public init(row: Int, column: Int, value: CellValue) {
        self.row = row
        self.column = column
        self.value = value
    }

    /// The cell's name: `H5`.
    public var name: String { CellReference.name(row: row, column: column) }
}

/// What a cell holds, typed as the workbook stores it.
public enum CellValue: Sendable, Equatable {
    /// Text (a shared, inline or formula string).
    case text(String)
    /// A number; `text` is how the file wrote it, which keeps every digit.
    case number(Double, text: String)
    /// A date: a number cell with a date format, or an ISO date cell.
    case date(year: Int, month: Int, day: Int)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// A formula whose result was never saved (the file was written by a program, not opened).
    case formulaWithoutValue
}
