/// A problem found while turning bytes into a node tree, with where it was found.
///
/// The cases carry data, not sentences: the engine above words them for people in the
/// language they read. `description` is an English rendering for logs and tests.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The bytes are not UTF-8; `byte` is the first offending byte where one is known.
        case invalidUTF8(byte: UInt8?)
        /// The bytes are UTF-16 or UTF-32, with a byte-order mark or without one.
        case notUTF8Encoding(TextEncoding)
        /// A control character (such as NUL) that YAML text may not hold.
        case controlCharacter(UInt32)
        /// An escape of half a UTF-16 surrogate pair (`\ud83d`) without its other half, as written.
        case unpairedSurrogate(String)
        /// libyaml could not read the text as YAML (`problem`, with `context` where it gave one).
        case syntax(problem: String, context: String?)
        /// Nothing but comments and blank space.
        case empty
        /// A second document follows the first.
        case multipleDocuments
        /// The same key appears twice in one mapping; the first one is at `first`.
        case duplicateKey(key: String, first: SourceLocation)
        /// An explicit tag other than the core ones (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`).
        case unsupportedTag(String)
        /// A core tag on a value it cannot describe (`!!null 12`, `!!int abc`, `!!map` on a
        /// list), as written; `text` is a scalar's text, empty for a collection.
        case tagMismatch(tag: String, kind: YAMLNode.Kind, text: String)
        /// An alias names an anchor not defined before it.
        case undefinedAlias(String)
        /// The input is larger than `limit` bytes.
        case tooLarge(limit: Int)
        /// Collections nest deeper than `limit`.
        case tooDeep(limit: Int)
        /// Aliases would bring in more than `limit` nodes.
        case tooManyAliasedNodes(limit: Int)
        /// The document holds more than `limit` nodes.
        case tooManyNodes(limit: Int)
    }

    /// An encoding a file was saved in that is not UTF-8, as messages name it.
    public enum TextEncoding: String, Hashable, Sendable {
        /// Two bytes a character (most), either byte order.
        case utf16 = "UTF-16"
        /// Four bytes a character, either byte order.
        case utf32 = "UTF-32"
    }

    /// What went wrong.
    public let kind: Kind
    /// Where, when the problem has a place.
    public let location: SourceLocation?

    /// An error of `kind` at `location`.
    public init(_ kind: Kind, at location: SourceLocation?) {
        self.kind = kind
        self.location = location
    }

    /// Whether reading had to stop here, so the document is not available.
    public var isFatal: Bool {
        switch kind {
        case .duplicateKey, .unsupportedTag, .tagMismatch: false
        default: true
        }
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return place + kind.englishDescription
    }
}

extension YAMLError.Kind {
    /// A plain English wording, for logs and test failures.
    var englishDescription: String {
        switch self {
        case .invalidUTF8(let byte?): "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))"
        case .invalidUTF8(nil): "not valid UTF-8"
        case .notUTF8Encoding(let encoding): "\(encoding.rawValue), not UTF-8"
        case .controlCharacter(let value): "control character U+\(String(value, radix: 16, uppercase: true)) is not allowed"
        case .unpairedSurrogate(let escape): "'\(escape)' is half of a surrogate pair without the other half"
        case .syntax(let problem, let context?): "\(problem) (\(context))"
        case .syntax(let problem, nil): problem
        case .empty: "the document is empty"
        case .multipleDocuments: "more than one document"
        case .duplicateKey(let key, let first): "duplicate key '\(key)' (first at \(first))"
        case .unsupportedTag(let tag): "unsupported tag '\(tag)'"
        case .tagMismatch(let tag, .scalar, let text): "'\(text)' cannot carry the tag '\(tag)'"
        case .tagMismatch(let tag, let kind, _): "a \(kind == .sequence ? "list" : "mapping") cannot carry the tag '\(tag)'"
        case .undefinedAlias(let name): "alias '*\(name)' names no anchor defined before it"
        case .tooLarge(let limit): "input larger than \(limit) bytes"
        case .tooDeep(let limit): "nesting deeper than \(limit) levels"
        case .tooManyAliasedNodes(let limit): "aliases bring in more than \(limit) nodes"
        case .tooManyNodes(let limit): "more than \(limit) nodes"
        }
    }
}
