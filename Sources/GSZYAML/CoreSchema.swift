/// The texts each core tag admits, as YAML 1.2's core schema spells them.
///
/// Used only to check an explicit tag against the text it is on (`!!int abc`, `!!null 12`):
/// untagged scalars are never resolved here, the field that reads them decides their type.
enum CoreSchema {
    /// Whether a scalar whose text is `bytes` may carry `tag`.
    static func allows(_ tag: YAMLNode.Tag, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch tag {
        case .none, .string: true
        case .null: ["", "~", "null", "Null", "NULL"].contains { equals(bytes, $0) }
        case .boolean: ["true", "True", "TRUE", "false", "False", "FALSE"].contains { equals(bytes, $0) }
        case .integer: isInteger(bytes)
        case .float: isFloat(bytes)
        case .sequence, .mapping: false
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    private static func isInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if text.hasPrefix("0o") { return text.count > 2 && text.dropFirst(2).allSatisfy { ("0"..."7").contains($0) } }
        if text.hasPrefix("0x") { return text.count > 2 && text.dropFirst(2).allSatisfy(\.isHexDigit) }
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        return !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf` or `\.nan` (in
    /// the schema's three spellings).
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        if [".inf", ".Inf", ".INF"].contains(text) { return true }
        let whole = text.prefix(while: \.isASCIIDigit)
        text = text.dropFirst(whole.count)
        var fraction: Substring = ""
        if text.first == "." {
            fraction = text.dropFirst().prefix(while: \.isASCIIDigit)
            text = text.dropFirst(1 + fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        guard let mark = text.first else { return true }
        guard mark == "e" || mark == "E" else { return false }
        text = text.dropFirst()
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        return !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        bytes.elementsEqual(text.utf8)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
