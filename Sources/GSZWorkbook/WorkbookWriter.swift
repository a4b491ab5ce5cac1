/// Writes finished worksheet parts and the parts around them as an Office Open XML package, zipped.
///
/// The smallest package Excel and LibreOffice both open without repair: content types,
/// relationships, the workbook, styles, one part a sheet, and for sheets with notes the
/// comments part with the VML drawing Excel shows them through.
struct WorkbookWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Each sheet's settings and its finished worksheet part, in tab order.
    let sheets: [(layout: SheetDraft, part: DeflatedPart)]

    func bytes() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes().utf8))
        zip.add("_rels/.rels", Array((Self.declaration + "<Relationships xmlns=\"\(Self.package)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relations)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>").utf8))
        zip.add("xl/workbook.xml", Array(workbook().utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships().utf8))
        zip.add("xl/styles.xml", Array(StylesXML.text.utf8))
        for (index, (sheet, part)) in sheets.enumerated() {
            let number = index + 1
            zip.add("xl/worksheets/sheet\(number).xml", part)
            guard !sheet.comments.isEmpty else { continue }
            zip.add("xl/worksheets/_rels/sheet\(number).xml.rels", Array((Self.declaration + "<Relationships xmlns=\"\(Self.package)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(Self.relations)/comments\" Target=\"../comments\(number).xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(Self.relations)/vmlDrawing\" Target=\"../drawings/vmlDrawing\(number).vml\"/>"
                + "</Relationships>").utf8))
            zip.add("xl/comments\(number).xml", Array(CommentsXML.comments(sheet.comments).utf8))
            zip.add("xl/drawings/vmlDrawing\(number).vml", Array(CommentsXML.drawing(sheet.comments, sheet: number).utf8))
        }
        return zip.finish()
    }

    private func contentTypes() -> String {
        let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var text = Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/>"
        for (index, (sheet, _)) in sheets.enumerated() {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(office).worksheet+xml\"/>"
            if !sheet.comments.isEmpty {
                text += "<Override PartName=\"/xl/comments\(index + 1).xml\" ContentType=\"\(office).comments+xml\"/>"
            }
        }
        return text + "</Types>"
    }

    private func workbook() -> String {
        var text = Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relations)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, (sheet, _)) in sheets.enumerated() {
            text += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return text + "</sheets></workbook>"
    }

    private func workbookRelationships() -> String {
        var text = Self.declaration + "<Relationships xmlns=\"\(Self.package)\">"
        for index in sheets.indices {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relations)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let styles = sheets.count + 1
        return text + "<Relationship Id=\"rId\(styles)\" Type=\"\(Self.relations)/styles\" Target=\"styles.xml\"/></Relationships>"
    }
}

/// The one style sheet every written workbook carries, in `CellStyle`'s order.
enum StylesXML {
    static let text: String = {
        func fill(_ rgb: String) -> String {
            "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        let formats: [CellStyle: String] = [
            .plain: "numFmtId=\"0\" fontId=\"0\" fillId=\"0\"",
            .bold: "numFmtId=\"0\" fontId=\"1\" fillId=\"0\" applyFont=\"1\"",
            .date: "numFmtId=\"164\" fontId=\"0\" fillId=\"0\" applyNumberFormat=\"1\"",
            .good: "numFmtId=\"0\" fontId=\"0\" fillId=\"2\" applyFill=\"1\"",
            .fair: "numFmtId=\"0\" fontId=\"0\" fillId=\"3\" applyFill=\"1\"",
            .bad: "numFmtId=\"0\" fontId=\"0\" fillId=\"4\" applyFill=\"1\"",
            .neutral: "numFmtId=\"0\" fontId=\"0\" fillId=\"5\" applyFill=\"1\"",
            .text: "numFmtId=\"49\" fontId=\"0\" fillId=\"0\" applyNumberFormat=\"1\"",
            .example: "numFmtId=\"0\" fontId=\"2\" fillId=\"0\" applyFont=\"1\"",
        ]
        let cellFormats = CellStyle.allCases.map { "<xf \(formats[$0] ?? "") borderId=\"0\" xfId=\"0\"/>" }.joined()
        return WorkbookWriter.declaration + "<styleSheet xmlns=\"\(WorkbookWriter.main)\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><i/><sz val=\"11\"/><color rgb=\"FF7F7F7F\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"6\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + fill("C6EFCE") + fill("FFEB9C") + fill("FFC7CE") + fill("E7E6E6") + "</fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(CellStyle.allCases.count)\">" + cellFormats + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
