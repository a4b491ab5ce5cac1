import Testing
@testable import GSZYAML

/// Columns count Unicode scalars, so carets under Cyrillic and Kazakh text land right.
@Suite struct SourceLocationTests {
    @Test("byte offsets become 1-based lines and scalar columns", arguments: [
        ("name: Әлем", 6, 1, 7),
        ("a: 1\nимя: Болашақ", 11, 2, 4),   // "имя" is 6 bytes, 3 scalars
        ("a\r\nb", 3, 2, 1),                // CR LF ends one line
        ("\u{FEFF}key", 3, 1, 1),           // the byte-order mark takes no column
    ])
    func location(text: String, offset: Int, line: Int, column: Int) {
        let location = SourceLocation.of(offset: offset, in: Array(text.utf8))
        #expect(location == SourceLocation(line: line, column: column))
    }
}
