/// Spreadsheet cell names: `H5` is row 5, column 8.
public enum CellReference {
    /// The letters of a 1-based column number: 1 is `A`, 27 is `AA`.
    public static func letters(column: Int) -> String {
        var number = max(column, 1)
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The name of a cell: `H5`.
    public static func name(row: Int, column: Int) -> String {
        letters(column: column) + String(row)
    }

    /// The row and column of a name such as `H5` (`$` signs allowed), or nil.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for byte in bytes where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !seenDigit:
                column = column * 26 + Int(byte) - 64
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !seenDigit:
                column = column * 26 + Int(byte) - 96
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(byte) - 48
            default:
                return nil
            }
            guard column <= 16_384, row <= 1_048_576 else { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}
