/// The workbook's table of strings that text cells point into by index.
///
/// An item is plain (`<si><t>…</t></si>`) or rich text in runs (`<r><t>…</t></r>`), whose
/// texts join; phonetic guides (`<rPh>`) are not part of the value and are skipped.
enum SharedStrings {
    static func read(_ xml: [UInt8], limits: WorkbookLimits) throws(WorkbookError) -> [String] {
        var scanner = XMLScanner(xml, part: "sharedStrings.xml")
        var strings: [String] = []
        var current: [UInt8] = []
        var inText = false
        while let token = try scanner.next() {
            switch token {
            case .start(let tag, _, let empty):
                if scanner.isNamed(tag, "si") {
                    current.removeAll(keepingCapacity: true)
                    if empty { strings.append("") }
                } else if scanner.isNamed(tag, "t") {
                    inText = !empty
                } else if scanner.isNamed(tag, "rPh"), !empty {
                    try scanner.skipElement()
                }
            case .end(let tag):
                if scanner.isNamed(tag, "t") {
                    inText = false
                } else if scanner.isNamed(tag, "si") {
                    guard strings.count < limits.maxCells else {
                        throw WorkbookError(.tooManyCells(sheet: "sharedStrings.xml", limit: limits.maxCells))
                    }
                    strings.append(String(decoding: current, as: UTF8.self))
                }
            case .text(let range) where inText:
                current.append(contentsOf: try scanner.decode(range).utf8)
                guard current.count <= limits.maxCellBytes else { throw WorkbookError(.cellTooLong(limit: limits.maxCellBytes)) }
            case .cdata(let range) where inText:
                current.append(contentsOf: xml[range])
                guard current.count <= limits.maxCellBytes else { throw WorkbookError(.cellTooLong(limit: limits.maxCellBytes)) }
            default:
                break
            }
        }
        return strings
    }
}
