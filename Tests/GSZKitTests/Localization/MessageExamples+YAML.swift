import GSZYAML
@testable import GSZKit

extension Examples {
    /// One of each problem the YAML layer reports, each payload shape among them.
    static let yamlKinds: [YAMLError.Kind] = [
        .invalidUTF8(byte: 0xC3),
        .invalidUTF8(byte: nil),
        .notUTF8Encoding(.utf16),
        .notUTF8Encoding(.utf32),
        .controlCharacter(0),
        .unpairedSurrogate("\\ud83d"),
        .syntax(problem: "mapping values are not allowed in this context", context: "while parsing a block mapping"),
        .syntax(problem: "did not find expected key", context: nil),
        .empty,
        .multipleDocuments,
        .duplicateKey(key: "participants", first: SourceLocation(line: 5, column: 3)),
        .unsupportedTag("!!binary"),
        .tagMismatch(tag: "!!null", kind: .scalar, text: "12"),
        .tagMismatch(tag: "!!int", kind: .sequence, text: ""),
        .tagMismatch(tag: "!!str", kind: .mapping, text: ""),
        .undefinedAlias("base"),
        .tooLarge(limit: 16 << 20),
        .tooDeep(limit: 256),
        .tooDeep(limit: 21),
        .tooManyAliasedNodes(limit: 100_000),
        .tooManyNodes(limit: 2_000_000),
    ]
}

// MARK: Case keys

enum YAMLKindCase: String, CaseIterable {
    case invalidUTF8, notUTF8Encoding, controlCharacter, unpairedSurrogate, syntax, empty, multipleDocuments, duplicateKey
    case unsupportedTag, tagMismatch, undefinedAlias, tooLarge, tooDeep, tooManyAliasedNodes, tooManyNodes
}

extension YAMLError.Kind {
    var caseKey: YAMLKindCase {
        switch self {
        case .invalidUTF8: .invalidUTF8
        case .notUTF8Encoding: .notUTF8Encoding
        case .controlCharacter: .controlCharacter
        case .unpairedSurrogate: .unpairedSurrogate
        case .syntax: .syntax
        case .empty: .empty
        case .multipleDocuments: .multipleDocuments
        case .duplicateKey: .duplicateKey
        case .unsupportedTag: .unsupportedTag
        case .tagMismatch: .tagMismatch
        case .undefinedAlias: .undefinedAlias
        case .tooLarge: .tooLarge
        case .tooDeep: .tooDeep
        case .tooManyAliasedNodes: .tooManyAliasedNodes
        case .tooManyNodes: .tooManyNodes
        }
    }
}
