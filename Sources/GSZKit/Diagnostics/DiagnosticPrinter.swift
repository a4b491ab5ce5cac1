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
        source.withUnsafeBufferPointer { bytes in
            // The line's bytes: lines end at LF; a CR before it is not shown.
            var line = 1
            var start = 0
            var index = 0
            while line < location.line && index < bytes.count {
                if bytes[index] == 0x0A { line += 1; start = index + 1 }
                index += 1
            }
            guard line == location.line else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if location.line == 1, bytes[start..<end].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
            // The caret's byte: columns count scalars, so count lead bytes.
            var caret = start
            var column = 1
            while caret < end, column < location.column {
                caret += 1
                while caret < end, bytes[caret] & 0xC0 == 0x80 { caret += 1 }
                column += 1
            }
            // Lines up to 120 scalars show whole; longer ones (minified JSON) a window of
            // 60 scalars either side of the caret.
            var scalarsInLine = 0
            for index in start..<end where bytes[index] & 0xC0 != 0x80 { scalarsInLine += 1 }
            let reach = scalarsInLine <= 120 ? scalarsInLine : 60
            var from = caret
            var taken = 0
            while from > start, taken < reach {
                from -= 1
                while from > start, bytes[from] & 0xC0 == 0x80 { from -= 1 }
                taken += 1
            }
            var to = caret
            taken = 0
            while to < end, taken < reach {
                to += 1
                while to < end, bytes[to] & 0xC0 == 0x80 { to += 1 }
                taken += 1
            }
            func visible(_ range: Range<Int>) -> [Unicode.Scalar] {
                // Control characters would garble the terminal; show them as a visible mark.
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars
                    .map { $0.value < 0x20 && $0 != "\t" ? "\u{FFFD}" : $0 }
            }
            let before = (from > start ? ["…"] : []) + visible(from..<caret)
            let after = visible(caret..<to) + (to < end ? ["…"] : [])
            var text = ""
            text.unicodeScalars.append(contentsOf: before + after)
            var indent = ""
            indent.unicodeScalars.append(contentsOf: before.map { $0 == "\t" ? "\t" : " " })
            return (text, indent)
        }
    }
}
