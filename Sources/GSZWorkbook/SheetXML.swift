/// One worksheet part: views, columns, cells, filter, drop-down lists, the notes' drawing,
/// in the element order the schema requires (Excel repairs a file that breaks it).
struct SheetXML {
    let sheet: SheetDraft

    var text: String {
        var out = WorkbookWriter.declaration + "<worksheet xmlns=\"\(WorkbookWriter.main)\" xmlns:r=\"\(WorkbookWriter.relations)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            out += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let columns = Set(sheet.widths.keys).union(sheet.hiddenColumns).sorted()
        if !columns.isEmpty {
            out += "<cols>"
            for column in columns {
                let hidden = sheet.hiddenColumns.contains(column) ? " hidden=\"1\"" : ""
                out += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(sheet.widths[column] ?? 10)\" customWidth=\"1\"\(hidden)/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            let number = index + 1
            let hidden = sheet.hiddenRows.contains(number) ? " hidden=\"1\"" : ""
            out += "<row r=\"\(number)\"\(hidden)>"
            for (column, cell) in row.enumerated() {
                guard let cell else { continue }
                out += Self.cell(cell, reference: CellReference.name(row: number, column: column + 1))
            }
            out += "</row>"
        }
        out += "</sheetData>"
        let width = sheet.rows.map(\.count).max() ?? 0
        if sheet.filterRow > 0, width > 0, sheet.rows.count >= sheet.filterRow {
            out += "<autoFilter ref=\"A\(sheet.filterRow):\(CellReference.name(row: sheet.rows.count, column: width))\"/>"
        }
        if !sheet.lists.isEmpty {
            out += "<dataValidations count=\"\(sheet.lists.count)\">"
            for list in sheet.lists {
                let values = XMLText.escaped("\"" + list.values.joined(separator: ",") + "\"")
                out += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"\(list.range)\">"
                    + "<formula1>\(values)</formula1></dataValidation>"
            }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        if !sheet.comments.isEmpty { out += "<legacyDrawing r:id=\"rId2\"/>" }
        return out + "</worksheet>"
    }

    static func cell(_ cell: CellDraft, reference: String) -> String {
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .text(let text):
            return "<c r=\"\(reference)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
        case .number(let number):
            guard number.isFinite else { return "" }
            let spelled = number == number.rounded(.down) && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return "<c r=\"\(reference)\"\(style)><v>\(spelled)</v></c>"
        case .date(let year, let month, let day):
            let dated = cell.style == .plain ? " s=\"\(CellStyle.date.rawValue)\"" : style
            return "<c r=\"\(reference)\"\(dated)><v>\(SerialDate.serial(year: year, month: month, day: day))</v></c>"
        }
    }
}

/// A sheet's notes: the comments part LibreOffice reads and the VML drawing Excel shows.
enum CommentsXML {
    static func comments(_ notes: [(row: Int, column: Int, text: String)]) -> String {
        var out = WorkbookWriter.declaration + "<comments xmlns=\"\(WorkbookWriter.main)\"><authors><author>gsz</author></authors><commentList>"
        for note in notes {
            out += "<comment ref=\"\(CellReference.name(row: note.row, column: note.column))\" authorId=\"0\">"
                + "<text><r><t xml:space=\"preserve\">\(XMLText.escaped(note.text))</t></r></text></comment>"
        }
        return out + "</commentList></comments>"
    }

    static func drawing(_ notes: [(row: Int, column: Int, text: String)], sheet: Int) -> String {
        var out = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(sheet)\"/></o:shapelayout>"
            + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
            + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
        for (index, note) in notes.enumerated() {
            let row = note.row - 1
            let column = note.column - 1
            out += "<v:shape id=\"_x0000_s\(sheet * 1024 + index + 1)\" type=\"#_x0000_t202\""
                + " style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:70pt;z-index:\(index + 1);visibility:hidden\""
                + " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
                + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
                + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
                + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
                + "<x:Anchor>\(column + 1), 15, \(row), 2, \(column + 4), 15, \(row + 5), 2</x:Anchor>"
                + "<x:AutoFill>False</x:AutoFill><x:Row>\(row)</x:Row><x:Column>\(column)</x:Column></x:ClientData></v:shape>"
        }
        return out + "</xml>"
    }
}
