import GSZYAML
import Testing

/// `YAMLDocument.firstKey(of:)` tells a file by its root key without parsing the rest; a
/// root it cannot read that far gives no key, so the caller parses the whole file.
@Suite("The first key of a root mapping, read from the first events")
struct FirstKeyTests {
    @Test("the key, or nil when the root does not start with a scalar key", arguments: [
        ("calendar:\n  year: 2026\n", "calendar"),
        ("# a comment\n---\n'discussion_rules': {a: 1}\n", "discussion_rules"),
        ("{table: x, rows: []}", "table"),
        ("competition_rules:\n  deadline: [unclosed\n", "competition_rules"),  // broken after the key: still known
        ("&a calendar: 1\n", "calendar"),
        ("- calendar\n", nil),
        ("calendar\n", nil),
        ("? [a, b]\n: c\n", nil),
        ("*alias : 1\n", nil),
        ("[calendar: 1", nil),
        ("", nil),
    ] as [(String, String?)])
    func firstKey(text: String, expected: String?) {
        #expect(YAMLDocument.firstKey(of: Array(text.utf8)) == expected)
    }

    @Test("a file in UTF-16 gives no key: the full parse reports its encoding")
    func foreignEncoding() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }
        #expect(YAMLDocument.firstKey(of: utf16) == nil)
    }
}
