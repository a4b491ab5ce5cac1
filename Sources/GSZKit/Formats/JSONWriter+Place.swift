import GSZYAML

extension JSONWriter {
    /// `"line": …, "column": …`, both `null` for a problem of the file as a whole.
    mutating func lineAndColumn(_ location: SourceLocation?) {
        key("line"); number(location?.line)
        key("column"); number(location?.column)
    }

    /// The line and column, then `"sheet": …, "cell": …` for a place in a workbook; a place
    /// in a text file has none, so YAML results keep their exact bytes.
    mutating func place(_ location: SourceLocation?) {
        lineAndColumn(location)
        guard let location, let sheet = location.sheet, let cell = location.cell else { return }
        key("sheet"); string(sheet.name)
        key("cell"); string(cell)
    }

    /// `"name": [...]` on a new line `indent` spaces in, each item on a line of its own one
    /// space further in, written by `write`: how the JSON format lists services, indicators,
    /// findings and topics.
    mutating func array<Item: Sendable>(_ name: StaticString, line indent: Int, _ items: [Item],
                                        _ write: @Sendable (Item, inout JSONWriter) -> Void) {
        line(indent)
        key(name)
        beginArray()
        self.items(items, line: indent + 1, write)
        endArray()
    }
}
