/// A place in a source file: 1-based line and 1-based column, or a workbook's sheet and cell.
///
/// Columns count Unicode scalars, as libyaml does, so a caret under Cyrillic or Kazakh
/// text lands where a person expects it. libyaml's 0-based marks become this type once,
/// at the parser boundary, and nowhere else. In a workbook the line is the row and the
/// column the column's number, and `sheet` names the sheet; `description` is the one
/// printer of places (`5:10`, `Услуги!H5`).
///
/// Sixteen bytes: every node, field and finding carries one, so a 16 MiB report holds
/// millions of them. A line or column past 2^32 - 1 is kept as 2^32 - 1 (the input limits
/// stop far below). The sheet of a cell and the origin of an aliased node share one
/// reference, since no place has both: workbooks have no aliases.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let storedLine: UInt32
    private let storedColumn: UInt32
    private let context: Context?

    private enum Context: Hashable, Sendable {
        case sheet(Sheet)
        case alias(AliasOrigin)
    }

    /// The sheet, for a place in a workbook; nil in a text file.
    public var sheet: Sheet? {
        if case .sheet(let sheet)? = context { sheet } else { nil }
    }

    /// For a place an alias brings a node to: where the node is written and where the anchor
    /// of the alias is. Nil for a node in the place it is written.
    public var alias: AliasOrigin? {
        if case .alias(let origin)? = context { origin } else { nil }
    }

    /// Where a node an alias repeats comes from; a class for the same reason as `Sheet`.
    public final class AliasOrigin: Hashable, Sendable {
        /// The line the node is written on.
        public let line: Int
        /// The column the node is written at.
        public let column: Int
        /// The line of the anchor the alias names.
        public let anchorLine: Int

        /// Made only by the reader, from the nodes it built.
        init(line: Int, column: Int, anchorLine: Int) {
            self.line = line
            self.column = column
            self.anchorLine = anchorLine
        }

        public static func == (lhs: AliasOrigin, rhs: AliasOrigin) -> Bool {
            (lhs.line, lhs.column, lhs.anchorLine) == (rhs.line, rhs.column, rhs.anchorLine)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(line)
            hasher.combine(column)
            hasher.combine(anchorLine)
        }
    }

    /// The line (a workbook's row), counting from 1.
    public var line: Int { Int(storedLine) }
    /// The column in Unicode scalars (a workbook's column number), counting from 1.
    public var column: Int { Int(storedColumn) }

    /// A workbook sheet as places name it: its name and where it stands among the sheets.
    ///
    /// A class, so a location holds one reference, shared by every place on the sheet,
    /// where a struct would take 25 bytes in each; equal by name and order.
    public final class Sheet: Hashable, Sendable {
        /// The name on the sheet's tab.
        public let name: String
        /// The sheet's position in the workbook, from 1, so places sort in workbook order.
        public let order: Int

        /// A sheet named `name`, the `order`th of its workbook.
        public init(name: String, order: Int) {
            self.name = name
            self.order = order
        }

        public static func == (lhs: Sheet, rhs: Sheet) -> Bool {
            lhs === rhs || (lhs.name == rhs.name && lhs.order == rhs.order)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(order)
        }
    }

    /// A location from 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        context = nil
    }

    /// The place of an alias at `line`:`column` that repeats a node written at `origin`.
    init(line: Int, column: Int, alias origin: AliasOrigin) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        context = .alias(origin)
    }

    /// A cell of a workbook sheet: 1-based row and column.
    public init(sheet: Sheet, row: Int, column: Int) {
        storedLine = UInt32(clamping: row)
        storedColumn = UInt32(clamping: column)
        context = .sheet(sheet)
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
