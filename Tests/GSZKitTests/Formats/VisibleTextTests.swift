import GSZKit
import Testing

/// Every character that acts instead of showing becomes an escape a person can read.
@Suite struct VisibleTextTests {
    @Test("controls, DEL, bidi controls and line separators become YAML-style escapes", arguments: [
        ("plain ОО «Әлем» — ok", "plain ОО «Әлем» — ok"),
        ("\u{1B}]0;title\u{7}\u{1B}[2J", "\\x1B]0;title\\x07\\x1B[2J"),
        ("a\nother.yaml: maximal", "a\\nother.yaml: maximal"),
        ("a\r\tb\u{0}", "a\\r\\tb\\x00"),
        ("del\u{7F} c1\u{85}\u{9B}", "del\\x7F c1\\x85\\x9B"),
        ("S\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}1", "S\\u202A\\u202B\\u202C\\u202D\\u202E1"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", "\\u2066\\u2067\\u2068\\u2069"),
        ("line\u{2028}para\u{2029}", "line\\u2028para\\u2029"),
        // Neighbours of the escaped ranges stay as they are: en dash, zero-width joiner, U+2065, U+206A.
        ("\u{2013}\u{200D}\u{2027}\u{202F}\u{2065}\u{206A}\u{A0}", "\u{2013}\u{200D}\u{2027}\u{202F}\u{2065}\u{206A}\u{A0}"),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(VisibleText.escape(text) == expected)
    }

    @Test("a quoted source line keeps its tabs, so the caret lines up")
    func tabsKept() {
        #expect(VisibleText.escape("a\tb\u{7}", keepingTabs: true) == "a\tb\\x07")
    }

    @Test("every scalar up to U+FFFF: escaped exactly when it must be, and never left raw")
    func exhaustive() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let escaped = VisibleText.escape(String(Character(scalar)))
            let mustEscape = VisibleText.mustEscape(scalar)
            #expect(escaped.unicodeScalars.contains { VisibleText.mustEscape($0) } == false)
            #expect((escaped != String(Character(scalar))) == mustEscape, "U+\(String(value, radix: 16))")
        }
    }
}
