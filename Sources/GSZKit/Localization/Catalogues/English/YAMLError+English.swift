import GSZYAML

/// What the YAML layer found, in English: the reading of bytes into a tree, apart from the
/// sentences about what a document holds.
extension YAMLError.Kind {
    var english: String {
        switch self {
        case .invalidUTF8(let byte?):
            "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .invalidUTF8(nil): "not valid UTF-8; save the file as UTF-8"
        case .notUTF8Encoding(let encoding): "the file is \(encoding.rawValue), not UTF-8; save it as UTF-8"
        case .controlCharacter(let value): "control character \(LibyamlWording.codePoint(value)) is not allowed in YAML text"
        case .unpairedSurrogate(let escape):
            "the escape '\(escape)' is half of a UTF-16 surrogate pair and its other half is missing; write the whole pair or the character itself"
        case .syntax(let problem, let context?): "not valid YAML: \(LibyamlWording.problem(problem, .en)) (\(context))"
        case .syntax(let problem, nil): "not valid YAML: \(LibyamlWording.problem(problem, .en))"
        case .empty: "the file is empty"
        case .multipleDocuments: "the file holds more than one YAML document; a report is one document"
        case .duplicateKey(let key, let first): "duplicate key '\(key)' (first on line \(first.line))"
        case .unsupportedTag(let tag): "unsupported tag '\(tag)'; remove it, the field decides the type"
        case .tagMismatch(let tag, let kind, let text):
            "\(FoundValue(kind, text).english) cannot carry the tag '\(tag)'; remove the tag, the field decides the type"
        case .undefinedAlias(let name): "alias '*\(name)' refers to no anchor defined before it"
        case .tooLarge(let limit): "the file is larger than \(limit / (1 << 20)) MiB"
        case .tooDeep(let limit): "nesting deeper than \(limit) levels"
        case .tooManyAliasedNodes(let limit): "aliases expand to more than \(limit) nodes"
        case .tooManyNodes(let limit): "more than \(limit) values in one file"
        }
    }
}
