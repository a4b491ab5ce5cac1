/// One worksheet part, written as its rows come: views and columns, then each row as it is
/// appended, then the filter, drop-down lists and the notes' drawing, in the element order the
/// schema requires (Excel repairs a file that breaks it).
///
/// The text goes straight into the part's `Deflater`, so a sheet is never held as text; what
/// the end needs of the rows (how many, how wide) is counted on the way.
struct SheetWriter {
    /// The sheet's settings, without its rows.
    let layout: SheetDraft
    private let out = Deflater(speedingUp: true)
    /// The rows written so far.
    private(set) var rowCount = 0
    /// The most cells a row had, empty ones included: the filter's last column.
    private var width = 0

    /// Starts the part for `sheet` and writes the draft's own rows.
    init(_ sheet: SheetDraft) {
        var layout = sheet
        layout.rows = []
        self.layout = layout
        writeHead()
        for row in sheet.rows { append(row) }
    }

    /// Bytes written but not yet compressed: at most one `Deflater.chunk`, and
    /// `DeflateThread.inFlight` more once the sheet is compressed on a thread of its own.
    var staged: Int { out.held }
    /// The compressed bytes so far.
    var packedCount: Int { out.packedCount }

    /// Writes the next row.
    mutating func append(_ row: [CellDraft?]) {
        appendRow { writer in
            for cell in row { writer.cell(cell) }
        }
    }

    /// Writes the next row, its cells given one by one to `cells`.
    mutating func appendRow(_ cells: (inout RowWriter) -> Void) {
        rowCount += 1
        out.write(literal: "<row r=\"")
        out.write(rowCount)
        out.write(UInt8(ascii: "\""))
        if layout.hiddenRows.contains(rowCount) { out.write(literal: " hidden=\"1\"") }
        out.write(UInt8(ascii: ">"))
        var row = RowWriter(out: out, row: rowCount)
        cells(&row)
        width = max(width, row.close())
        out.write(literal: "</row>")
    }

    /// Ends the part: the elements after the cells, then the deflate stream's end.
    func finish() -> DeflatedPart {
        out.write(literal: "</sheetData>")
        if layout.filterRow > 0, width > 0, rowCount >= layout.filterRow {
            out.write("<autoFilter ref=\"A\(layout.filterRow):\(CellReference.name(row: rowCount, column: width))\"/>")
        }
        if !layout.lists.isEmpty {
            out.write("<dataValidations count=\"\(layout.lists.count)\">")
            for list in layout.lists {
                let values = XMLText.escaped("\"" + list.values.joined(separator: ",") + "\"")
                out.write("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"\(list.range)\">"
                    + "<formula1>\(values)</formula1></dataValidation>")
            }
            out.write(literal: "</dataValidations>")
        }
        out.write(literal: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        out.write(literal: "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        if !layout.comments.isEmpty { out.write(literal: "<legacyDrawing r:id=\"rId2\"/>") }
        out.write(literal: "</worksheet>")
        return out.finish()
    }

    private func writeHead() {
        out.write(WorkbookWriter.declaration + "<worksheet xmlns=\"\(WorkbookWriter.main)\" xmlns:r=\"\(WorkbookWriter.relations)\">")
        out.write(literal: "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\">")
        if layout.frozenRows > 0 {
            out.write("<pane ySplit=\"\(layout.frozenRows)\" topLeftCell=\"A\(layout.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        }
        out.write(literal: "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        let columns = Set(layout.widths.keys).union(layout.hiddenColumns).sorted()
        if !columns.isEmpty {
            out.write(literal: "<cols>")
            for column in columns {
                let hidden = layout.hiddenColumns.contains(column) ? " hidden=\"1\"" : ""
                out.write("<col min=\"\(column)\" max=\"\(column)\" width=\"\(layout.widths[column] ?? 10)\" customWidth=\"1\"\(hidden)/>")
            }
            out.write(literal: "</cols>")
        }
        out.write(literal: "<sheetData>")
    }
}
