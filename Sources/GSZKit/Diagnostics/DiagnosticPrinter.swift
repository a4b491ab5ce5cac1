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
        var cursor = source.map { SourceCursor(source: $0) }
        return render(diagnostic, cursor: &cursor)
    }

    /// The same, quoting from `cursor`: a file's diagnostics rendered in document order
    /// through one cursor read its bytes about once, however many there are.
    public func render(_ diagnostic: Diagnostic, cursor: inout SourceCursor?) -> String {
        let place = diagnostic.location.map { ":\($0)" } ?? ""
        let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;35")
        // The path and the message quote what a report wrote: shown, never acted on.
        var text = paint(VisibleText.escape(diagnostic.path) + place, "1") + ": " + severity + ": "
            + VisibleText.escape(diagnostic.message.text(in: language)) + "\n"
        if let location = diagnostic.location, let excerpt = cursor?.excerpt(at: location) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            text += "    \(number) | \(excerpt.line)\n"
            text += "    \(gutter) | \(excerpt.caretIndent)" + paint("^", "1;32") + "\n"
        }
        for note in diagnostic.notes {
            text += "    " + paint("note", "1;36") + ": " + VisibleText.escape(note.text(in: language)) + "\n"
        }
        // The code a person can look up, on a line of its own under the quote, so the
        // `path:line:col: error: message` line stays what editors and scripts match.
        if let code = DiagnosticCode(rawValue: diagnostic.message.id) {
            text += "    = " + paint("code", "1;36") + ": " + code.rawValue + " (gsz explain " + code.rawValue + ")\n"
        }
        return text
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
