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

    /// Whether the file holds examples by its place: under a folder `examples/`, or named
    /// `examples.yaml` (or `…-examples.yaml`, `…_examples.yaml`). Checking skips such files
    /// without parsing them (`gsz standard lint` and `test` read them); a file of examples kept
    /// elsewhere is still read correctly, only parsed at every start.
    var isExamples: Bool {
        // Split by bytes: `/` and `.` are ASCII, and splitting the text itself walks it by
        // characters, which for the built-in standard's files cost 0.3 million instructions at
        // every start.
        let components = path.utf8.split(separator: UInt8(ascii: "/"))
        if components.dropLast().contains(where: { $0.elementsEqual("examples".utf8) }) { return true }
        let stem = components.last.flatMap { $0.split(separator: UInt8(ascii: ".")).first }
        let name = stem.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return name == "examples" || name.hasSuffix("-examples") || name.hasSuffix("_examples")
    }
}

/// The standard gsz carries inside its binary: the files under `Standards/` at build time.
public enum BuiltinStandard {
    /// The built-in standard's files, each named `Standards/…`.
    public static var sources: [StandardSource] {
        files.map { StandardSource(path: "Standards/" + $0.path, bytes: $0.bytes) }
    }

    /// The built-in standard, loaded once, without its examples (what checking needs); the
    /// rule families' files are parsed when a family first needs them (`StandardData`).
    public static let load: StandardLoad = StandardLoader.load(sources, examples: false, folder: ".", familyFiles: .whenNeeded)

    /// The built-in standard with its examples, for `gsz standard lint` and `test`.
    public static var loadWithExamples: StandardLoad { StandardLoader.load(sources) }
}
