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
