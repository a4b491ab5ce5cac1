/// How CSV is spelled: as RFC 4180 says, or as Excel in a Russian or Kazakh locale opens it.
///
/// Excel on such a PC reads a CSV by the system's list separator (`;`, since the comma is
/// the decimal mark there) and takes a file without a byte-order mark for the ANSI code
/// page, garbling Cyrillic; `excel` writes what it opens directly, numbers included.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180: UTF-8 without a byte-order mark, `,` between fields, decimal points.
    case rfc4180
    /// UTF-8 with a byte-order mark, `;` between fields, decimal commas.
    case excel

    /// Between fields.
    var separator: String { self == .excel ? ";" : "," }

    /// What the file starts with.
    var preamble: String { self == .excel ? "\u{FEFF}" : "" }

    /// A number field (already written with a decimal point) as this dialect spells it.
    func number(_ text: String) -> String {
        self == .excel ? text.replacing(".", with: ",") : text
    }

    /// The field as RFC 4180 writes it, with this dialect's separator: in quotes, quotes
    /// doubled, when it holds the separator or a quote; as it is otherwise.
    ///
    /// Controls, bidi overrides and line breaks are written as `VisibleText` escapes first:
    /// a CSV is as often read on a terminal or in a CI log (`gsz check … --format csv`,
    /// `cat results.csv`) as in a spreadsheet, and a line break inside quotes would still
    /// forge a line for anything that reads it line by line.
    func quoted(_ field: String) -> String {
        let field = VisibleText.escape(field)
        let separator = self == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",")
        // No CR or LF is left to quote: `VisibleText` has written them as `\r` and `\n`.
        let special: (UInt8) -> Bool = { $0 == separator || $0 == UInt8(ascii: "\"") }
        // The bytes are read in place: the view's iterator costs several times more a byte.
        let needsQuotes = field.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
            ?? field.utf8.contains(where: special)
        guard needsQuotes else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
