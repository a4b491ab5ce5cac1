/// A place in a source file: 1-based line and 1-based column, or a workbook's sheet and cell.
///
/// Columns count Unicode scalars, as libyaml does, so a caret under Cyrillic or Kazakh
/// text lands where a person expects it. libyaml's 0-based marks become this type once,
/// at the parser boundary, and nowhere else. In a workbook the line is the row and the
/// column the column's number, and `sheet` names the sheet; `description` is the one
/// printer of places (`5:10`, `Услуги!H5`).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line (a workbook's row), counting from 1.
    public let line: Int
    /// The column in Unicode scalars (a workbook's column number), counting from 1.
    public let column: Int
    /// The sheet, for a place in a workbook; nil in a text file.
    public let sheet: Sheet?
    /// For a place an alias brings a node to: where the node is written and where the anchor
    /// of the alias is. Nil for a node in the place it is written.
    public let alias: AliasOrigin?

    /// Where a node an alias repeats comes from.
    public struct AliasOrigin: Hashable, Sendable {
        /// The line the node is written on.
        public let line: Int
        /// The column the node is written at.
        public let column: Int
        /// The line of the anchor the alias names.
        public let anchorLine: Int
        // Made only by the reader, from the nodes it built: the memberwise initializer serves.
    }

    /// A workbook sheet as places name it: its name and where it stands among the sheets.
    public struct Sheet: Hashable, Sendable {
        /// The name on the sheet's tab.
        public let name: String
        /// The sheet's position in the workbook, from 1, so places sort in workbook order.
        public let order: Int

        /// A sheet named `name`, the `order`th of its workbook.
        public init(name: String, order: Int) {
            self.name = name
            self.order = order
        }
    }

    /// A location from 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
        self.sheet = nil
        self.alias = nil
    }

    /// The place of an alias at `line`:`column` that repeats a node written at `origin`.
    init(line: Int, column: Int, alias origin: AliasOrigin) {
        self.line = line
        self.column = column
        self.sheet = nil
        self.alias = origin
    }

    /// A cell of a workbook sheet: 1-based row and column.
    public init(sheet: Sheet, row: Int, column: Int) {
        self.line = row
        self.column = column
        self.sheet = sheet
        self.alias = nil
    }

    /// The cell's name (`H5`) for a place in a workbook; nil in a text file.
    public var cell: String? {
        guard sheet != nil else { return nil }
        var number = max(column, 1)
        var letters: [Unicode.Scalar] = []
        while number > 0 {
            letters.append(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(letters.reversed())) + String(line)
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.sheet?.order ?? 0, lhs.line, lhs.column) < (rhs.sheet?.order ?? 0, rhs.line, rhs.column)
    }

    /// `5:10` in a text file; `Услуги!H5` in a workbook, the sheet's name quoted as Excel
    /// quotes it (`'Мой лист'!H5`) when it holds more than letters, digits and `_`.
    public var description: String {
        guard let sheet, let cell else { return "\(line):\(column)" }
        let plain = !sheet.name.isEmpty
            && sheet.name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return (plain ? sheet.name : "'" + sheet.name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'") + "!" + cell
    }

    /// The location of the byte at `offset` in UTF-8 `bytes`.
    ///
    /// Used where libyaml reports a byte offset rather than a mark (reader errors) and for
    /// limits that cut a file at a byte count. Line breaks are LF, CR LF and lone CR; a
    /// leading byte-order mark takes no column, as in libyaml.
    public static func of(offset: Int, in bytes: [UInt8]) -> SourceLocation {
        bytes.withUnsafeBufferPointer { buffer in
            var line = 1
            var column = 1
            var previous: UInt8 = 0
            let end = min(offset, buffer.count)
            var index = buffer.starts(with: [0xEF, 0xBB, 0xBF]) && end >= 3 ? 3 : 0
            while index < end {
                let byte = buffer[index]
                switch byte {
                case 0x0A where previous == 0x0D:
                    break  // the LF of a CR LF pair: the CR already ended the line
                case 0x0A, 0x0D:
                    line += 1
                    column = 1
                case 0x80...0xBF:
                    break  // a UTF-8 continuation byte belongs to the scalar before it
                default:
                    column += 1
                }
                previous = byte
                index += 1
            }
            return SourceLocation(line: line, column: column)
        }
    }
}
