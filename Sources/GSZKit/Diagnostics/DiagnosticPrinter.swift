import GSZYAML

/// Renders diagnostics the way compilers and linters do, the one place that does:
///
///     reports/a.yaml:5:10: error: BIN '123' must be exactly 12 digits
///         5 |     bin: "123"
///           |          ^
///
/// The `error`/`warning` word stays English so editors and CI can match it; the message is
/// in the reader's language.
public struct DiagnosticPrinter: Sendable {
    /// The language of messages.
    public let language: Language
    /// Whether to colour with ANSI escapes.
    public let color: Bool

    /// A printer for `language`, coloured or not.
    public init(language: Language, color: Bool) {
        self.language = language
        self.color = color
    }

    /// The diagnostic with its source line and a caret, when `source` is given and the
    /// diagnostic has a place; ends with a newline.
    public func render(_ diagnostic: Diagnostic, source: [UInt8]?) -> String {
        let place = diagnostic.location.map { ":\($0.line):\($0.column)" } ?? ""
        let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;35")
        var text = paint(diagnostic.path + place, "1") + ": " + severity + ": "
            + diagnostic.message.text(in: language) + "\n"
        if let location = diagnostic.location, let source, let excerpt = Self.excerpt(of: source, at: location) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            text += "    \(number) | \(excerpt.line)\n"
            text += "    \(gutter) | \(excerpt.caretIndent)" + paint("^", "1;32") + "\n"
        }
        for note in diagnostic.notes {
            text += "    " + paint("note", "1;36") + ": " + note.text(in: language) + "\n"
        }
        return text
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The source line at `location` (cut to a window around the column when long) and the
    /// blank space that puts a caret under the column, tabs kept so the caret lines up.
    static func excerpt(of source: [UInt8], at location: SourceLocation) -> (line: String, caretIndent: String)? {
        var line = 1
        var start = 0
        var index = 0
        while line < location.line && index < source.count {
            if source[index] == 0x0A { line += 1; start = index + 1 }
            index += 1
        }
        guard line == location.line else { return nil }
        var end = start
        while end < source.count, source[end] != 0x0A { end += 1 }
        if end > start, source[end - 1] == 0x0D { end -= 1 }
        var scalars = Array(String(decoding: source[start..<end], as: UTF8.self).unicodeScalars)
        if location.line == 1, scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        // Control characters would garble the terminal; show them as a visible mark.
        scalars = scalars.map { $0.value < 0x20 && $0 != "\t" ? "\u{FFFD}" : $0 }
        var caret = max(0, min(location.column - 1, scalars.count))
        let window = 100
        let total = scalars.count
        if total > window {
            let from = max(0, min(caret - window / 2, total - window))
            let to = min(total, from + window)
            var shown = Array(scalars[from..<to])
            if from > 0 { shown.insert("…", at: 0) }
            if to < total { shown.append("…") }
            caret = caret - from + (from > 0 ? 1 : 0)
            scalars = shown
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let indentSource = Array(text.unicodeScalars.prefix(caret))
        var indent = ""
        indent.unicodeScalars.append(contentsOf: indentSource.map { $0 == "\t" ? "\t" : " " })
        return (text, indent)
    }
}
