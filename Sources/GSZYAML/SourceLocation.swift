/// A place in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret under Cyrillic or Kazakh
/// text lands where a person expects it. libyaml's 0-based marks become this type once,
/// at the parser boundary, and nowhere else.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line, counting from 1.
    public let line: Int
    /// The column in Unicode scalars, counting from 1.
    public let column: Int

    /// A location from 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

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
