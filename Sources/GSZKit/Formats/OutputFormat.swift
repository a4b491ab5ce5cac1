/// Settings every renderer may read. Passed in, never read from the environment, so output
/// is byte-for-byte reproducible.
public struct RenderOptions: Sendable {
    /// The language for messages and labels.
    public var language: Language
    /// The lowest passing verdict (for failures in JUnit, levels in SARIF…).
    public var required: RequiredLevel
    /// Whether to colour text with ANSI escapes.
    public var color: Bool
    /// The standard the files were checked against.
    public var standard: Standard
    /// gsz's version, for formats that name their tool.
    public var toolVersion: String
    /// How CSV output is spelled.
    public var csvDialect: CSVDialect = .rfc4180
    /// `--quiet`: formats for people show only the files that fail `required`, and the totals.
    public var quiet = false
    /// `--sarif-level`: the least serious SARIF result written.
    public var sarifLevel = SARIFLevel.warning

    /// Options with every field given.
    public init(language: Language, required: RequiredLevel, color: Bool, standard: Standard, toolVersion: String) {
        self.language = language
        self.required = required
        self.color = color
        self.standard = standard
        self.toolVersion = toolVersion
    }
}

/// A way to write results: a pure function from results to bytes, in parts so a batch
/// streams through it without being held in memory. `RenderDriver` calls the parts in order:
/// `begin`, each file's `file` (on the thread that checked it), every `trailer`, `end`.
public protocol OutputFormat: Sendable {
    /// A renderer with `options`.
    init(options: RenderOptions)
    /// Whether each file's part is written as it comes (text, JSON…), or the format needs
    /// the whole batch: what it writes is then kept and turned into the final bytes by
    /// `package` at the end (a zip archive).
    static var isRealtime: Bool { get }
    /// What comes before the first file.
    func begin(into output: inout OutputBuffer)
    /// One file's part; `position` counts files from 0, in input order.
    func file(_ result: FileResult, position: Int, into output: inout OutputBuffer)
    /// What comes after the last file.
    func end(_ summary: BatchSummary, into output: inout OutputBuffer)
    /// One file's part that belongs after every file's main part and before `end`: the
    /// details under Markdown's one-row-per-file table. Rendered beside `file`, on the same
    /// thread; the driver holds these until the last file is written. Empty for most formats.
    func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer)
    /// A packager for one output, which takes what `begin`, `file`, the trailers and `end`
    /// write as it comes and makes the final bytes; only called when not `isRealtime`.
    func packager() -> any OutputPackager
}

extension OutputFormat {
    /// No trailer: the file's part says everything.
    public func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {}

    /// Text: written as it comes.
    public static var isRealtime: Bool { true }

    /// A format that is not realtime and needs no packaging: what it wrote, as it was.
    public func packager() -> any OutputPackager { KeptBytes() }

    /// The whole output for `results` at once, as `gsz check` streams it, with the summary
    /// under `required`.
    public func render(_ results: [FileResult], required: RequiredLevel) -> [UInt8] {
        let sink = MemorySink()
        RenderDriver([RenderOutput(self, to: sink)], required: required).render(results)
        return sink.bytes
    }
}

/// Counts of file verdicts over a batch.
public struct BatchSummary: Sendable, Equatable {
    /// Files checked.
    public private(set) var files = 0
    /// Files per verdict.
    public private(set) var counts: [Verdict: Int] = [:]
    /// Files that fail `required`: below it, or with errors.
    public private(set) var failing = 0
    /// Warnings over all files.
    public private(set) var warnings = 0

    /// An empty summary.
    public init() {}

    /// Counts one file.
    public mutating func add(_ result: FileResult, required: RequiredLevel) {
        add(verdict: result.verdict, warnings: result.warningCount, required: required)
    }

    /// Counts one file by its verdict and number of warnings.
    public mutating func add(verdict: Verdict, warnings: Int, required: RequiredLevel) {
        files += 1
        counts[verdict, default: 0] += 1
        if !verdict.passes(required) { failing += 1 }
        self.warnings += warnings
    }

    /// Files with `verdict`.
    public subscript(verdict: Verdict) -> Int { counts[verdict] ?? 0 }

    /// The exit status: 2 if any file has an error, 1 if some file is
    /// below the required level, else 0.
    public var exitStatus: Int32 {
        if self[.error] > 0 { return 2 }
        return failing > 0 ? 1 : 0
    }
}
