/// Writes a JSON document as it goes: the caller says what comes next (an object, an array,
/// a key, a value) and the writer places the quotes, colons and commas, so the code that
/// writes a document reads like the document.
///
/// The layout is the caller's: a member, an item or a closing bracket follows on the same
/// line unless `line(_:)` starts a new one, so the JSON format keeps a file's entry, a service
/// and an indicator each on a few lines a person can read.
///
/// The writer owns the buffer while it writes (`init`, then `finish()` hands it back), and
/// starts either at the top of a document or inside an array whose earlier items another
/// call wrote: a format writes one file's entry at a time.
struct JSONWriter: ~Copyable {
    private var output: OutputBuffer
    /// Whether the next member or item is the first of its object or array: no comma before it.
    private var first: Bool
    /// Whether a key was just written, so the next value is its value: no separator before it.
    private var afterKey = false
    /// The indent of the new line the next member, item or closing bracket starts, if any.
    private var pendingLine: Int?

    /// A writer over `output` at the top of a document, or inside an array that already
    /// holds items when `first` is `false`.
    init(_ output: consuming OutputBuffer, first: Bool = true) {
        self.output = output
        self.first = first
    }

    /// Each of `items` on a new line `indent` spaces in, written by `write`; past the first,
    /// a long run is written in halves, the second on a thread of its own
    /// (`OutputBuffer.write(_:inHalves:)`).
    mutating func items<Item: Sendable>(_ items: [Item], line indent: Int, _ write: @Sendable (Item, inout JSONWriter) -> Void) {
        guard let head = items.first else { return }
        line(indent)
        write(head, &self)
        // A short run (a service's indicators) is written here: handing it on as a closure
        // would make one, and copy what `write` captures, for every service.
        guard items.count > OutputBuffer.halvesFrom else {
            for item in items.dropFirst() {
                line(indent)
                write(item, &self)
            }
            return
        }
        // After an item the writer is as a new one inside an array that holds items: each
        // half starts from that state, and leaves this writer in it.
        output.write(items[1...], inHalves: { rest, output in
            var json = JSONWriter(output, first: false)
            for item in rest {
                json.line(indent)
                write(item, &json)
            }
            output = json.finish()
        })
    }

    /// The buffer, with everything written.
    consuming func finish() -> OutputBuffer {
        output
    }

    /// Starts the next member, item or closing bracket on a new line indented `indent` spaces.
    mutating func line(_ indent: Int) {
        pendingLine = indent
    }

    /// `{`: members follow, each with `key(_:)` then its value.
    mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    /// `}`
    mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// `[`: items follow, each a value.
    mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    /// `]`
    mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// `"name": `, the next value being the member's. Keys are the format's own words, which
    /// need no escapes.
    mutating func key(_ name: StaticString) {
        // The usual member, on the line of the one before, has its comma written with its key.
        let comma = !first && pendingLine == nil && !afterKey
        if !comma { separate() }
        name.withUTF8Buffer { output.writeJSONKey($0, comma: comma) }
        afterKey = true
    }

    /// `"name": ` for a key held as text that needs no escapes (a verdict's raw value).
    mutating func key(word name: String) {
        separate()
        var name = name
        name.withUTF8 { output.writeJSONKey($0) }
        afterKey = true
    }

    /// `"name": ` for a key that comes from data, escaped.
    mutating func key(text name: String) {
        separate()
        output.writeJSONString(name)
        output.write(literal: ": ")
        afterKey = true
    }

    /// A string, escaped.
    mutating func string(_ text: String) {
        separate()
        output.writeJSONString(text)
    }

    /// A string, escaped, or `null`.
    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A string that needs no escapes (a verdict, a level, a code: the raw value of one of
    /// gsz's own enums), written as it is.
    mutating func word(_ text: String) {
        separate()
        output.writeQuoted(text)
    }

    /// A whole number.
    mutating func number(_ value: Int) {
        separate()
        output.write(value)
    }

    /// A whole number, or `null`.
    mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// A number, whole ones without a fraction.
    mutating func number(_ value: Double) {
        separate()
        output.writeJSONNumber(value)
    }

    /// A number, or `null`.
    mutating func number(_ value: Double?) {
        if let value { number(value) } else { null() }
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) {
        separate()
        output.write(literal: value ? "true" : "false")
    }

    /// `null`
    mutating func null() {
        separate()
        output.write(literal: "null")
    }

    /// A value already written as JSON (a string literal kept with its quotes and escapes).
    mutating func encoded(_ json: [UInt8]) {
        separate()
        json.withUnsafeBufferPointer { output.append($0) }
    }

    /// What goes before a member or an item: a comma unless it is the first, then its new
    /// line or, after a comma, a space. A key's value follows the key directly.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if let indent = pendingLine {
            newLine(indent, comma: !first)
        } else if !first {
            output.write(literal: ", ")
        }
        first = false
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        output.append(bracket)
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        if let indent = pendingLine { newLine(indent, comma: false) }
        output.append(bracket)
        // The container was a value of the one around it, which now holds at least that.
        first = false
    }

    /// A comma and a new line indented up to 24 spaces, sliced for each break: one copy
    /// rather than one a byte, as the JSON format breaks a line before most objects.
    private static let breaks: StaticString = ",\n                        "

    private mutating func newLine(_ indent: Int, comma: Bool) {
        pendingLine = nil
        let shown = min(indent, 24)
        Self.breaks.withUTF8Buffer { breaks in
            output.append(UnsafeBufferPointer(rebasing: breaks[(comma ? 0 : 1) ..< 2 + shown]))
        }
        for _ in shown..<max(indent, shown) { output.append(UInt8(ascii: " ")) }
    }
}
