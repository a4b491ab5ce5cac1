import Testing
import GSZKit

/// Whatever a report holds stays text on the page: names, titles, ids, paths, values quoted
/// in error messages and the source lines under them.
@Suite struct HTMLEscapingTests {
    /// Every tag the page itself writes; anything else came from a report unescaped.
    static let tags: Set<String> = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "main", "section", "article", "div",
        "h1", "h2", "h3", "h4", "p", "span", "b", "br", "ol", "ul", "li", "pre", "table", "colgroup", "col", "thead",
        "tbody", "tfoot", "tr", "th", "td", "abbr", "nav", "a",
    ]

    static let hostile = """
        report:
          ngo: {name: "<ОФ> & \\"Co\\" 'x'", bin: "180540012343"}
          project: "<script>alert(1)</script>"
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
          - id: "<b>S1</b>"
            kind: training
            form: seminar
            title: "</td></tr></table><img src=x onerror=alert(1)>"
            date: 2026-02-10
            hours: 2
            participants: 20
        """

    static let broken = """
        report:
          ngo: {name: "<i>Сенім</i>", bin: "<1234>"}
          project: P
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
          - id: S1
            kind: training
            form: "<img src=x>"
            date: 2026-02-10
            "<unknown>": 1
        """

    static func page(_ texts: [(String, String)]) -> String {
        let results = texts.map { Rendering.report($0.0, path: $0.1) }
        return Rendering.render(HTMLFormat.self, results, Rendering.options(.ru))
    }

    @Test func reportTextNeverBecomesMarkup() {
        let page = Self.page([(Self.hostile, "reports/<ОФ>.yaml"), (Self.broken, "a&b.yaml")])
        var index = page.startIndex
        while let open = page[index...].firstIndex(of: "<") {
            let name = page[page.index(after: open)...].prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "/" }
            let tag = name.hasPrefix("/") ? String(name.dropFirst()) : String(name)
            #expect(Self.tags.contains(tag), "unexpected <\(name) near \(page[open...].prefix(60))")
            index = page.index(after: open)
        }
    }

    @Test func escapedValuesReadAsWritten() {
        let page = Self.page([(Self.hostile, "reports/<ОФ>.yaml"), (Self.broken, "a&b.yaml")])
        #expect(page.contains("&lt;ОФ&gt; &amp; &quot;Co&quot; 'x'"))  // an apostrophe is plain text outside attributes
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;b&gt;S1&lt;/b&gt;"))
        #expect(page.contains("reports/&lt;ОФ&gt;.yaml"))
        #expect(page.contains("a&amp;b.yaml"))
        #expect(page.contains("«&lt;img src=x&gt;»"))  // the unknown form, quoted in its error
        #expect(page.contains("&lt;unknown&gt;"))       // the unknown key, in its warning and source line
    }

    /// A bidi override would show `S1` as something else, and a separator would break a line
    /// where the report has none: on the page both read as the report's own escapes.
    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}", "\u{2029}"])
    func bidiControlsAreShownAsEscapes(control: String) {
        let text = Self.hostile.replacing("<script>alert(1)</script>", with: "a\(control)b")
        let page = Self.page([(text, "r\(control).yaml")])
        let escape = "\\u" + String(control.unicodeScalars.first!.value, radix: 16, uppercase: true)
        #expect(!page.contains(control))
        #expect(page.contains("a\(escape)b"))
        #expect(page.contains("r\(escape).yaml"))
    }
}
