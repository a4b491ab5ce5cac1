/// A workbook to write: sheets of cells with the few features templates and results need.
///
/// Values keep their types (numbers stay numbers, dates stay date cells), so people can
/// filter and sum; the look is a small fixed set of styles (`CellStyle`).
public struct WorkbookDraft: Sendable {
    /// The sheets, in tab order.
    public var sheets: [SheetDraft]

    /// A workbook of `sheets`.
    public init(sheets: [SheetDraft]) {
        self.sheets = sheets
    }

    /// The `.xlsx` bytes: the same draft always gives the same bytes.
    public func xlsx() -> [UInt8] {
        WorkbookStream(sheets: sheets).xlsx()
    }
}

/// One sheet to write.
public struct SheetDraft: Sendable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The rows from row 1; a nil cell is left empty.
    public var rows: [[CellDraft?]] = []
    /// Rows (1-based) hidden from view but still read.
    public var hiddenRows: Set<Int> = []
    /// Columns (1-based) hidden from view but still read.
    public var hiddenColumns: Set<Int> = []
    /// Column widths in characters, by 1-based column.
    public var widths: [Int: Int] = [:]
    /// How many top rows stay in view while scrolling.
    public var frozenRows = 0
    /// Drop-down lists: the cells (`B3:B500`) and the values offered.
    public var lists: [(range: String, values: [String])] = []
    /// Notes shown on hover, by 1-based row and column.
    public var comments: [(row: Int, column: Int, text: String)] = []
    /// Whether the filter buttons sit on row `filterRow` (0: none) over the used columns.
    public var filterRow = 0

    /// An empty sheet named `name`.
    public init(name: String) {
        self.name = name
    }
}

/// One cell to write.
public struct CellDraft: Sendable {
    /// What the cell holds.
    public enum Value: Sendable {
        /// Text.
        case text(String)
        /// A number.
        case number(Double)
        /// A date, written as a date cell.
        case date(year: Int, month: Int, day: Int)
    }

    /// What the cell holds.
    public var value: Value
    /// How it looks.
    public var style: CellStyle

    /// A cell holding `value` in `style`.
    public init(_ value: Value, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public static func text(_ text: String, _ style: CellStyle = .plain) -> CellDraft { CellDraft(.text(text), style: style) }
    /// A number cell.
    public static func number(_ number: Double, _ style: CellStyle = .plain) -> CellDraft { CellDraft(.number(number), style: style) }
}

/// The styles a written workbook uses; the raw value is the style's index in `styles.xml`.
public enum CellStyle: Int, Sendable, CaseIterable {
    /// As Excel shows a new cell.
    case plain
    /// Bold, for headings and labels.
    case bold
    /// A date as `YYYY-MM-DD`.
    case date
    /// A green fill: maximal, meets, compliant.
    case good
    /// A yellow fill: minimal.
    case fair
    /// A red fill: noncompliant, error.
    case bad
    /// A grey fill: incomplete, missing, not assessed.
    case neutral
    /// Text format (`@`), so what a person types (a BIN with leading zeros) stays text.
    case text
    /// Grey italic, for the example row of a template.
    case example
}
