/// A JSON document built as a value, for outputs whose shape is data rather than a stream
/// (the JSON Schema, `gsz standard show --format json`).
///
/// Object keys keep the order they are given in, so output is byte-for-byte reproducible
/// and reads in a sensible order.
public indirect enum JSONValue: Sendable, Equatable {
    /// `{…}`, keys in order.
    case object([Member])
    /// `[…]`
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number; whole numbers print without a fraction.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`
    case null

    /// One key and its value.
    public struct Member: Sendable, Equatable {
        /// The key.
        public let key: String
        /// The value.
        public let value: JSONValue

        /// A member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from key–value pairs, in order; `nil` values are left out.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { pair in pair.value.map { Member(pair.key, $0) } })
    }

    /// A whole number.
    public static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// Text in each language, as an object `{"ru": …, "kk": …, "en": …}`.
    static func localized(_ text: LocalizedText) -> JSONValue {
        .object(["ru": .string(text.ru), "kk": .string(text.kk), "en": .string(text.en)])
    }

    /// The value under `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Pretty-printed with two-space indents; arrays of scalars stay on one line. Ends with a newline.
    public var rendered: String {
        var json = JSONWriter(OutputBuffer())
        write(into: &json, indent: 0)
        var output = json.finish()
        output.write("\n")
        return output.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .number, .bool, .null: true
        }
    }

    /// The value, its members or items each on a line `indent + 2` spaces in, its closing
    /// bracket back at `indent`: an empty object or array, or an array of scalars, on one line.
    private func write(into json: inout JSONWriter, indent: Int) {
        switch self {
        case .object(let members):
            json.beginObject()
            for member in members {
                json.line(indent + 2)
                json.key(text: member.key)
                member.value.write(into: &json, indent: indent + 2)
            }
            if !members.isEmpty { json.line(indent) }
            json.endObject()
        case .array(let items):
            let broken = !items.allSatisfy(\.isScalar)
            json.beginArray()
            for item in items {
                if broken { json.line(indent + 2) }
                item.write(into: &json, indent: indent + 2)
            }
            if broken { json.line(indent) }
            json.endArray()
        case .string(let text): json.string(text)
        case .number(let value): json.number(value)
        case .bool(let value): json.bool(value)
        case .null: json.null()
        }
    }
}
