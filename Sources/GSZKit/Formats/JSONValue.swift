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
        var output = OutputBuffer()
        write(into: &output, indent: 0)
        output.write("\n")
        return output.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .number, .bool, .null: true
        }
    }

    private func write(into output: inout OutputBuffer, indent: Int) {
        switch self {
        case .object(let members) where members.isEmpty: output.write("{}")
        case .object(let members):
            let inner = String(repeating: " ", count: indent + 2)
            output.write("{\n")
            for (index, member) in members.enumerated() {
                output.write(inner)
                output.writeJSONString(member.key)
                output.write(": ")
                member.value.write(into: &output, indent: indent + 2)
                output.write(index == members.count - 1 ? "\n" : ",\n")
            }
            output.write(String(repeating: " ", count: indent) + "}")
        case .array(let items) where items.allSatisfy(\.isScalar):
            output.write("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.write(", ") }
                item.write(into: &output, indent: indent)
            }
            output.write("]")
        case .array(let items):
            let inner = String(repeating: " ", count: indent + 2)
            output.write("[\n")
            for (index, item) in items.enumerated() {
                output.write(inner)
                item.write(into: &output, indent: indent + 2)
                output.write(index == items.count - 1 ? "\n" : ",\n")
            }
            output.write(String(repeating: " ", count: indent) + "]")
        case .string(let text): output.writeJSONString(text)
        case .number(let value): output.writeJSONNumber(value)
        case .bool(let value): output.write(value ? "true" : "false")
        case .null: output.write("null")
        }
    }
}
