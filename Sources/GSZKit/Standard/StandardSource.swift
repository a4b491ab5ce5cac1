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
}

/// The standard gsz carries inside its binary: the files under `Standards/` at build time.
public enum BuiltinStandard {
    /// The built-in standard's files, each named `Standards/…`.
    public static var sources: [StandardSource] {
        files.map { StandardSource(path: "Standards/" + $0.path, bytes: $0.bytes) }
    }

    /// The built-in standard, loaded once.
    public static let load: StandardLoad = StandardLoader.load(sources)
}
