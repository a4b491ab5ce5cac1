/// One file of a standard: its path within the standard's folder and its text.
public struct StandardSource: Sendable {
    /// The path, relative to the standard's folder for the built-in one.
    public let path: String
    /// The file's bytes.
    public let bytes: [UInt8]

    /// A file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether the file's first top-level key is `examples` or ends in `_examples` (a rule
    /// family's examples): found by scanning lines, so checking need not parse the
    /// standard's examples at every start.
    var holdsExamples: Bool {
        var lineStart = true
        var index = 0
        let marker = Array("examples:".utf8)
        let suffix = Array("_examples".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart {
                switch byte {
                case UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    break  // a comment, an indented line or a blank one: not the first key
                default:
                    guard let colon = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == 0x0A }),
                          bytes[colon] == UInt8(ascii: ":") else { return false }
                    let key = bytes[index..<colon]
                    return key.elementsEqual(marker.dropLast()) || key.reversed().starts(with: suffix.reversed())
                }
            }
            lineStart = byte == UInt8(ascii: "\n")
            index += 1
        }
        return false
    }
}

/// The standard gsz carries inside its binary: the files under `Standards/` at build time.
public enum BuiltinStandard {
    /// The built-in standard's files, each named `Standards/…`.
    public static var sources: [StandardSource] {
        files.map { StandardSource(path: "Standards/" + $0.path, bytes: $0.bytes) }
    }

    /// The built-in standard, loaded once, without its examples (what checking needs).
    public static let load: StandardLoad = StandardLoader.load(sources, examples: false)

    /// The built-in standard with its examples, for `gsz standard lint` and `test`.
    public static var loadWithExamples: StandardLoad { StandardLoader.load(sources) }
}
