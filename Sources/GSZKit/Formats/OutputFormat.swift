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

/// A way to write results: a pure function from results to bytes, in three parts so a
/// batch streams through it without being held in memory.
public protocol OutputFormat: Sendable {
    /// The name `--format` takes.
    static var name: FormatName { get }
    /// A renderer with `options`.
    init(options: RenderOptions)
    /// What comes before the first file.
    func begin(into output: inout OutputBuffer)
    /// One file's part; `position` counts files from 0, in input order.
    func file(_ result: FileResult, position: Int, into output: inout OutputBuffer)
    /// What comes after the last file.
    func end(_ summary: BatchSummary, into output: inout OutputBuffer)
    /// One file's part that belongs after every file's main part and before `end`: the
    /// details under Markdown's one-row-per-file table. Rendered beside `file`, on the same
    /// thread; the caller holds these until the last file is written. Empty for most formats.
    func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer)
    /// Whether the output is binary and cannot go out as it is written (a zip archive): what
    /// `begin`, `file` and `end` write goes through a `packager()` as it comes, and the final
    /// bytes go out at the end.
    static var isPackaged: Bool { get }
    /// A packager for one output; only called when `isPackaged`.
    func packager() -> any OutputPackager
}

extension OutputFormat {
    /// No trailer: the file's part says everything.
    public func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {}

    /// Text: written as it comes.
    public static var isPackaged: Bool { false }

    /// Text needs no packaging: the packager hands back what it took.
    public func packager() -> any OutputPackager { KeptBytes() }

    /// The whole output for `results` at once, in the order a streaming caller writes it:
    /// `begin`, each file, each trailer, `end` with the summary under `required`.
    public func render(_ results: [FileResult], required: RequiredLevel) -> [UInt8] {
        var output = OutputBuffer()
        var summary = BatchSummary()
        // A packaged format takes each part as a batch hands it over, so the parts are not all held.
        let packager = Self.isPackaged ? packager() : nil
        func handOver(_ output: inout OutputBuffer) {
            guard let packager else { return }
            output.withBytes { packager.take(UnsafeRawBufferPointer($0)) }
            output.removeAll()
        }
        begin(into: &output)
        handOver(&output)
        for (position, result) in results.enumerated() {
            file(result, position: position, into: &output)
            handOver(&output)
            summary.add(result, required: required)
        }
        for (position, result) in results.enumerated() { trailer(result, position: position, into: &output) }
        end(summary, into: &output)
        handOver(&output)
        return packager?.finish() ?? output.bytes
    }
}

/// The output formats, by the name `--format` takes.
public enum FormatName: String, CaseIterable, Sendable {
    /// For people at a terminal.
    case text
    /// The JSON described in the README, for programs.
    case json
    /// JUnit XML, for CI test reports (Jenkins, GitLab, GitHub reporters).
    case junit
    /// SARIF 2.1.0, for code scanning (GitHub) and auditors' tools.
    case sarif
    /// GitHub Actions workflow commands: annotations on the report lines.
    case github
    /// Markdown tables, for a pull-request comment or a job summary.
    case markdown
    /// CSV, one row per service, for spreadsheets.
    case csv
    /// One self-contained HTML page, for people to read, mail and print.
    case html
    /// An Office Open XML workbook.
    case xlsx

    /// The renderer type for this name.
    public var type: any OutputFormat.Type {
        switch self {
        case .text: TextFormat.self
        case .json: JSONFormat.self
        case .junit: JUnitFormat.self
        case .sarif: SARIFFormat.self
        case .github: GitHubFormat.self
        case .markdown: MarkdownFormat.self
        case .csv: CSVFormat.self
        case .html: HTMLFormat.self
        case .xlsx: XLSXFormat.self
        }
    }

    /// What the format is for, for `--help`.
    public var summary: String {
        switch self {
        case .text: "for people: verdicts, values, thresholds and hints per service (default)"
        case .json: "one JSON object: files, services, indicators and a summary, for programs"
        case .junit: "JUnit XML: a test suite per file, a test case per service, for CI test reports"
        case .sarif: "SARIF 2.1.0: a result per indicator, input error and warning, for code scanning"
        case .github: "GitHub Actions annotations (::error file=…,line=…::…), one line per finding"
        case .markdown: "Markdown tables for a pull-request comment or $GITHUB_STEP_SUMMARY"
        case .csv: "CSV (RFC 4180, UTF-8, no BOM): a row per service, two columns per indicator"
        case .html: "one self-contained HTML page: verdict badges, values, hints, errors with their lines"
        case .xlsx: "an Excel workbook: totals, files, a row per service, errors with their cells (to a file)"
        }
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
