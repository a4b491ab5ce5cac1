/// Which cell styles show numbers as dates, the one thing of `styles.xml` a reader needs.
///
/// Excel stores a date as a day count with a date number format; the format is found
/// through the cell's style (`s`, an index into `cellXfs`) and is either one of the built-in
/// date formats or a custom code with day, month or year fields outside quotes and brackets.
struct CellStyles {
    /// For each style index, whether its format is a date.
    private(set) var dateStyles: [Bool] = []

    func isDate(_ style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }

    static func read(_ xml: [UInt8]) throws(WorkbookError) -> CellStyles {
        var scanner = XMLScanner(xml, part: "styles.xml")
        var customDates: Set<Int> = []
        var styles = CellStyles()
        var inCellFormats = false
        while let token = try scanner.next() {
            switch token {
            case .start(let tag, let attributes, let empty):
                if scanner.isNamed(tag, "numFmt"),
                   let id = try scanner.attribute("numFmtId", in: attributes).flatMap({ Int($0) }),
                   let code = try scanner.attribute("formatCode", in: attributes), isDateCode(code) {
                    customDates.insert(id)
                } else if scanner.isNamed(tag, "cellXfs") {
                    inCellFormats = !empty
                } else if inCellFormats, scanner.isNamed(tag, "xf") {
                    let id = try scanner.attribute("numFmtId", in: attributes).flatMap { Int($0) } ?? 0
                    styles.dateStyles.append(builtInDates.contains(id) || customDates.contains(id))
                }
            case .end(let tag):
                if scanner.isNamed(tag, "cellXfs") { inCellFormats = false }
            default:
                break
            }
        }
        return styles
    }

    /// Excel's built-in format ids that show dates or times.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code shows a date: a `d`, `m` or `y` (or time field) outside quoted
    /// text, `[…]` brackets (colours, locales) and escaped characters.
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var escaped = false
        for scalar in code.unicodeScalars {
            if escaped { escaped = false; continue }
            switch scalar {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                if !quoted && !bracket { return true }
            default:
                break
            }
        }
        return false
    }
}
