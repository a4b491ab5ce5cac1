public import GSZKit

/// One file sent to be checked: the name its diagnostics carry, and its bytes.
public struct Upload: Sendable {
    /// The name in `path` of the result, as `gsz check` prints a file's path.
    public var name: String
    /// The file's content, as sent.
    public var bytes: [UInt8]

    /// An upload named `name`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The server's one door into GSZKit: checking, rendering, the standard's tables and the
/// templates. Every answer is made here with the same calls `gsz check` makes, so the API's
/// JSON is byte for byte the command's.
///
/// Pure and thread-safe: nothing is kept between calls.
public struct Checking: Sendable {
    /// The standard in force.
    public let standard: Standard
    private let checker: Checker
    /// Every renderer the server uses, made once: making one sets up its tables (a hint
    /// cache of thousands of slots), which would cost more than the check it renders.
    /// They are `Sendable` and guard their caches, so requests on any thread share them.
    private let renderers: [RendererKey: any OutputFormat]

    /// The formats the server answers in.
    static let formats: [FormatName] = [.json, .html, .xlsx]

    private struct RendererKey: Hashable {
        let format: FormatName
        let language: Language
        let required: RequiredLevel
    }

    /// Checking against `standard`, with the command line's YAML limits.
    public init(standard: Standard) {
        self.standard = standard
        checker = Checker(standard: standard)
        var renderers: [RendererKey: any OutputFormat] = [:]
        for format in Self.formats {
            for language in Language.allCases {
                for required in RequiredLevel.allCases {
                    let options = RenderOptions(language: language, required: required, color: false, standard: standard,
                                                toolVersion: GSZVersion.current)
                    renderers[RendererKey(format: format, language: language, required: required)] = format.type.init(options: options)
                }
            }
        }
        self.renderers = renderers
    }

    /// The standard at `path` (a folder of standard files), or the built-in one; or every
    /// problem that makes it unusable, as `gsz` prints them.
    public static func load(standardPath path: String?, language: Language = .en) -> Result<Checking, StandardUnusable> {
        let load = path.map { StandardFolder.load($0, examples: false) } ?? BuiltinStandard.load
        let printer = DiagnosticPrinter(language: language, color: false)
        guard let standard = load.standard else {
            let lines = load.diagnostics.map { diagnostic in
                printer.render(diagnostic, source: load.sources.first { $0.path == diagnostic.path }?.bytes)
            }
            return .failure(StandardUnusable(text: lines.joined() + Message.standardUnusable(path: path).text(in: language)))
        }
        return .success(Checking(standard: standard))
    }

    /// The results of `uploads`, in order.
    public func check(_ uploads: [Upload]) -> [FileResult] {
        uploads.map { checker.check($0.bytes, path: $0.name) }
    }

    /// What `gsz check --format FORMAT --lang LANGUAGE --require REQUIRED` prints for
    /// `results`; FORMAT is one of `formats`.
    public func render(_ results: [FileResult], as format: FormatName, language: Language, required: RequiredLevel) -> [UInt8] {
        let key = RendererKey(format: format, language: language, required: required)
        guard let renderer = renderers[key] else {
            // Only for a format the server never asks for: made on the spot, as the command does.
            let options = RenderOptions(language: language, required: required, color: false, standard: standard,
                                        toolVersion: GSZVersion.current)
            return format.type.init(options: options).render(results, required: required)
        }
        return renderer.render(results, required: required)
    }

    /// What `gsz standard show --format json` prints.
    public func standardJSON(language: Language) -> String {
        StandardTableFormat.json.render(standard, language: language)
    }

    /// What `gsz init --form FORM --kind KIND --lang LANGUAGE` prints, or why the names are unknown.
    public func template(kind: String?, form: String?, language: Language) -> Result<String, TemplateRefusal> {
        do {
            return .success(try ReportTemplate(standard: standard, kind: kind, form: form).render(in: language))
        } catch {
            return .failure(TemplateRefusal(message: error.message.text(in: language)))
        }
    }

    /// The form of the first service of the first result that names one, for the link to
    /// its template.
    public static func firstForm(of results: [FileResult]) -> String? {
        results.lazy.flatMap(\.services).compactMap(\.form).first
    }
}

/// Why the standard cannot be used: the problems, as text for standard error.
public struct StandardUnusable: Error, Sendable {
    /// Every problem, one after another, and the closing line.
    public let text: String
}

/// Why no template can be made for the names asked for.
public struct TemplateRefusal: Error, Sendable {
    /// The sentence naming the unknown value and the valid ones.
    public let message: String
}
