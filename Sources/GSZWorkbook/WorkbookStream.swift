/// A workbook written as its rows come, for more rows than could be held as text: each row
/// goes into its sheet's XML at once and is compressed on the way, so what the stream keeps
/// is each sheet's compressed part and less than a chunk of text per sheet.
///
/// A row is taken one at a time and not kept: nothing here can reach a row once the next is
/// written. The bytes are those of a `WorkbookDraft` holding the same rows.
public final class WorkbookStream {
    private var writers: [SheetWriter]
    private var finished = false

    /// A stream over `sheets`, in tab order; each draft's own rows (a heading) come first,
    /// and its other settings (widths, frozen rows, filter, lists, notes) apply as in a draft.
    public init(sheets: [SheetDraft]) {
        writers = sheets.map(SheetWriter.init)
    }

    /// Writes `row` as the next row of the sheet at `sheet` (an index into the sheets given).
    public func append(_ row: [CellDraft?], toSheet sheet: Int) {
        precondition(!finished, "rows after the workbook is written")  // the parts are closed
        writers[sheet].append(row)
    }

    /// Writes the next row of the sheet at `sheet`, its cells given one by one to `cells`:
    /// each goes into the sheet's part as it is given, without a row of values in between.
    public func appendRow(toSheet sheet: Int, _ cells: (inout RowWriter) -> Void) {
        precondition(!finished, "rows after the workbook is written")  // the parts are closed
        writers[sheet].appendRow(cells)
    }

    /// How many rows the sheet at `sheet` has so far, the draft's own included.
    public func rowCount(ofSheet sheet: Int) -> Int {
        writers[sheet].rowCount
    }

    /// The text written but not yet compressed, over every sheet: at most 64 KiB a sheet, and
    /// three chunks more for a sheet past 2 MiB, whose deflate runs on a thread of its own.
    public var staged: Int { writers.reduce(0) { $0 + $1.staged } }
    /// The compressed bytes so far, over every sheet.
    public var packedCount: Int { writers.reduce(0) { $0 + $1.packedCount } }

    /// The `.xlsx` bytes, without the sheets at `omitted` (one found to have nothing to show
    /// only once every row is in). Called once: it closes every sheet's part.
    public func xlsx(omitting omitted: Set<Int> = []) -> [UInt8] {
        precondition(!finished, "a workbook stream is written once")  // its deflate streams are ended
        finished = true
        let sheets = writers.indices.filter { !omitted.contains($0) }.map { (writers[$0].layout, writers[$0].finish()) }
        return WorkbookWriter(sheets: sheets).bytes()
    }
}
