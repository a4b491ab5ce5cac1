/// The frame every HTML page of gsz shares: one self-contained document, its stylesheet
/// inline, no scripts, nothing fetched, so a page saved or mailed looks the same offline
/// and prints cleanly.
enum HTMLPage {
    /// The document up to and including `<main>`: `lang` for the reader's language (so
    /// browsers hyphenate and read it aloud right), the title, the heading.
    /// `css` follows the shared stylesheet (the rules of one kind of page).
    static func begin(title: String, subtitle: String, language: Language, generator: String, css: String = "",
                      into output: inout OutputBuffer) {
        output.write("<!DOCTYPE html>\n<html lang=\"")
        output.write(language.rawValue)
        output.write("\">\n<head>\n<meta charset=\"utf-8\">\n")
        output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        output.write("<meta name=\"generator\" content=\"")
        output.writeEscapedMarkup(generator, attribute: true)
        output.write("\">\n<title>")
        output.writeEscapedMarkup(title)
        output.write("</title>\n<style>\n")
        output.write(HTMLStyle.css)
        output.write(HTMLPassing.css)
        output.write(css)
        output.write("</style>\n</head>\n<body>\n<header class=\"page\">\n")
        output.element("h1", text: title)
        output.element("p", class: "subtitle", text: subtitle)
        output.write("</header>\n<main>\n")
    }

    /// Closes what `begin` opened.
    static func end(into output: inout OutputBuffer) {
        output.write("</main>\n</body>\n</html>\n")
    }

    /// `Стандарт … · версия 1.0 · gsz 1.0.0`.
    static func subtitle(_ standard: Standard, toolVersion: String, language: Language) -> String {
        "\(standard.name[language]) · \(Label.version.text(in: language)) \(standard.version) · gsz \(toolVersion)"
    }

    /// The CSS class that colours a verdict.
    static func verdictClass(_ verdict: Verdict) -> String { "v-" + verdict.rawValue }

    /// A verdict as a coloured badge.
    static func badge(_ verdict: Verdict, _ language: Language, into output: inout OutputBuffer) {
        output.element("span", class: "badge " + verdictClass(verdict), text: verdict.name(in: language))
    }
}

extension OutputBuffer {
    /// `<tag class="…">text</tag>`, the text escaped; `class` is written as is, so it
    /// must come from gsz, never from a report.
    mutating func element(_ tag: String, class className: String? = nil, text: String) {
        // Piece by piece: a page of a large report has hundreds of thousands of elements, and
        // joining the pieces first would make a string for each.
        write(literal: "<")
        write(tag)
        if let className {
            write(literal: " class=\"")
            write(className)
            write(literal: "\"")
        }
        write(literal: ">")
        writeEscapedMarkup(text)
        write(literal: "</")
        write(tag)
        write(literal: ">")
    }
}
