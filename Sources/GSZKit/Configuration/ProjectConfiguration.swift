public import GSZYAML

/// What a project's `.gsz.yml` sets: defaults for `gsz check` that the command line overrides.
///
/// ```yaml
/// require: maximal
/// lang: kk
/// standard: standards/          # relative to this file's folder
/// format: text
/// output: [junit=gsz.xml, sarif=gsz.sarif]
/// exclude: [drafts/**, "*.tmp.yaml"]
/// ```
public struct ProjectConfiguration: Sendable {
    /// A value and the line it was set on.
    public struct Setting<Value: Sendable>: Sendable {
        /// The value as read (paths already made relative to the working folder or absolute).
        public let value: Value
        /// Where the file sets it.
        public let location: SourceLocation
        /// The line the file sets it on.
        public var line: Int { location.line }
    }

    /// One `output` entry: a format and the file it goes to.
    public struct Output: Sendable, Hashable {
        /// The format.
        public let format: FormatName
        /// The file, relative to the configuration's folder when written relative.
        public let path: String
    }

    /// The file, as found.
    public let path: String
    /// The folder its relative paths are read from.
    public let folder: String
    /// The lowest passing verdict.
    public var require: Setting<RequiredLevel>?
    /// The language of messages.
    public var lang: Setting<Language>?
    /// A folder of standard files.
    public var standard: Setting<String>?
    /// The format on standard output.
    public var format: Setting<FormatName>?
    /// Further outputs, as `--output` takes them.
    public var outputs: Setting<[Output]>?
    /// Folder-walk exclusions.
    public var exclude: Setting<[PathGlob]>?

    /// An empty configuration for the file at `path` in `folder`.
    public init(path: String, folder: String) {
        self.path = path
        self.folder = folder
    }

    /// The keys a configuration file may hold, in the order the documentation lists them.
    public static let keys = KeySet(["require", "lang", "standard", "format", "output", "exclude"])

    /// Reads `bytes`, the file at `path` whose relative paths are read from `folder`. Every
    /// problem comes back located; an unknown key is an error, because a misspelt `requir:`
    /// would let every report pass unnoticed.
    public static func read(_ bytes: [UInt8], path: String, folder: String) -> (ProjectConfiguration?, [Diagnostic]) {
        let parsed = YAMLDocument.parse(bytes)
        // A file of comments only configures nothing, as an empty `.gitignore` ignores nothing.
        if parsed.document == nil, parsed.errors.count == 1, case .empty = parsed.errors[0].kind {
            return (ProjectConfiguration(path: path, folder: folder), [])
        }
        var diagnostics = parsed.errors.map { Diagnostic.error(.yaml($0.kind), path: path, at: $0.location) }
        guard let document = parsed.document else { return (nil, diagnostics) }
        var reader = ConfigurationReader(fields: FieldReader(path: path, unknownKeys: .error), folder: folder)
        let configuration = reader.read(document.root, into: ProjectConfiguration(path: path, folder: folder))
        diagnostics += reader.fields.bag.all
        return (diagnostics.contains { $0.severity == .error } ? nil : configuration, diagnostics)
    }
}

/// The walk over one configuration file's nodes.
struct ConfigurationReader {
    var fields: FieldReader
    let folder: String

    mutating func read(_ root: YAMLNode, into configuration: ProjectConfiguration) -> ProjectConfiguration {
        var configuration = configuration
        // An empty file configures nothing.
        if root.isNull { return configuration }
        guard let top = fields.mapping(root, field: "", keys: ProjectConfiguration.keys) else { return configuration }
        configuration.require = choice(top, field: "require", RequiredLevel.self)
        configuration.lang = choice(top, field: "lang", Language.self)
        configuration.format = choice(top, field: "format", FormatName.self)
        if let node = top["standard"], let text = fields.text(node, field: "standard", nonEmpty: true) {
            configuration.standard = .init(value: resolved(text), location: keyLocation("standard", top))
        }
        if let node = top["output"] {
            var outputs: [ProjectConfiguration.Output] = []
            for entry in texts(node, field: "output") { if let target = output(entry) { outputs.append(target) } }
            configuration.outputs = .init(value: outputs, location: keyLocation("output", top))
        }
        if let node = top["exclude"] {
            configuration.exclude = .init(value: texts(node, field: "exclude").map { PathGlob($0.text) }, location: keyLocation("exclude", top))
        }
        return configuration
    }

    /// Where `key` is written in `top`: a setting's line is its key's, even when its value
    /// is a list that starts on the next line.
    private func keyLocation(_ key: String, _ top: MappingFields) -> SourceLocation {
        top.node.pairs.first { $0.key.text == key }?.key.location ?? top.node.location
    }

    /// One of a closed set of names, or an error listing them with the closest.
    private mutating func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ top: MappingFields, field: String, _ type: Value.Type
    ) -> ProjectConfiguration.Setting<Value>? where Value.RawValue == String {
        guard let node = top[field], let value = fields.choice(node, field: field, as: Value.self) else { return nil }
        return .init(value: value, location: keyLocation(field, top))
    }

    /// A text or a list of texts, each with its place.
    private mutating func texts(_ node: YAMLNode, field: String) -> [(text: String, location: SourceLocation)] {
        if node.kind == .scalar { return fields.text(node, field: field, nonEmpty: true).map { [($0, node.location)] } ?? [] }
        guard let items = fields.list(node, field: field) else { return [] }
        return items.compactMap { item in fields.text(item, field: field, nonEmpty: true).map { ($0, item.location) } }
    }

    /// `junit=gsz.xml`, its path read from the configuration's folder.
    private mutating func output(_ entry: (text: String, location: SourceLocation)) -> ProjectConfiguration.Output? {
        let text = entry.text
        guard let equals = text.firstIndex(of: "="), text.index(after: equals) < text.endIndex else {
            fields.bag.error(.unknownValue(field: "output", value: text, known: FormatName.allCases.map { $0.rawValue + "=PATH" },
                                           suggestion: nil), at: entry.location)
            return nil
        }
        let name = String(text[..<equals])
        guard let format = FormatName(rawValue: name) else {
            let known = FormatName.allCases.map(\.rawValue)
            fields.bag.error(.unknownValue(field: "output", value: name, known: known, suggestion: Suggestion.closest(to: name, among: known)),
                             at: entry.location)
            return nil
        }
        let path = String(text[text.index(after: equals)...])
        return .init(format: format, path: path == "-" ? path : resolved(path))
    }

    /// A path written in the file, as seen from the working folder: relative paths are the
    /// configuration folder's.
    private func resolved(_ path: String) -> String {
        path.hasPrefix("/") || folder == "." ? path : folder + "/" + path
    }
}
