import GSZYAML

extension OutputBuffer {
    /// `, "sheet": …, "cell": …` for a place in a workbook; nothing for a place in a text
    /// file, so YAML results keep their exact bytes.
    mutating func writeJSONSheet(of location: SourceLocation?) {
        guard let location, let sheet = location.sheet, let cell = location.cell else { return }
        write(literal: ", \"sheet\": ")
        writeJSONString(sheet.name)
        write(literal: ", \"cell\": ")
        writeJSONString(cell)
    }
}
