/// One output format: its name, and what each command that offers it writes under that
/// name, with the line `--help` gives it there.
public struct FormatEntry: Sendable {
    /// The name `--format` and `--output FORMAT=PATH` take.
    public let name: String
    /// What `gsz check` writes, and its help line; nil when `check` does not offer the name.
    public let check: (format: any OutputFormat.Type, summary: String)?
    /// What `gsz summary` writes, and its help line; nil when `summary` does not offer the name.
    public let summary: (format: any SummaryFormat.Type, summary: String)?
    /// Whether the bytes are binary, and so never written to a terminal.
    public let isBinary: Bool

    init(_ name: String, check: (any OutputFormat.Type, String)? = nil, summary: (any SummaryFormat.Type, String)? = nil,
         isBinary: Bool = false) {
        self.name = name
        self.check = check.map { (format: $0.0, summary: $0.1) }
        self.summary = summary.map { (format: $0.0, summary: $0.1) }
        self.isBinary = isBinary
    }
}

/// Every output format, in the order `--help` lists them. A new format is a row here and a
/// case in the `--format` enum of each command that offers it (`FormatName`,
/// `SummaryFormatName`); the registry's tests hold the two to each other.
public enum FormatRegistry {
    /// The formats.
    public static let all: [FormatEntry] = [
        FormatEntry("text",
                    check: (TextFormat.self, "for people: verdicts, values, thresholds and hints per service (default)"),
                    summary: (SummaryText.self, "a table for the terminal, abbreviations spelled out below it (default)")),
        FormatEntry("json", check: (JSONFormat.self, "one JSON object: files, services, indicators and a summary, for programs")),
        FormatEntry("junit", check: (JUnitFormat.self, "JUnit XML: a test suite per file, a test case per service, for CI test reports")),
        FormatEntry("sarif", check: (SARIFFormat.self, "SARIF 2.1.0: a result per indicator, input error and warning, for code scanning")),
        FormatEntry("github", check: (GitHubFormat.self, "GitHub Actions annotations (::error file=…,line=…::…), one line per finding")),
        FormatEntry("markdown",
                    check: (MarkdownFormat.self, "Markdown tables for a pull-request comment or $GITHUB_STEP_SUMMARY"),
                    summary: (SummaryMarkdown.self, "a Markdown table with full column titles")),
        FormatEntry("csv",
                    check: (CSVFormat.self, "CSV (RFC 4180, UTF-8, no BOM): a row per service, two columns per indicator"),
                    summary: (SummaryCSV.self, "CSV (RFC 4180, UTF-8, no BOM): English column ids, decimal points")),
        FormatEntry("html",
                    check: (HTMLFormat.self, "one self-contained HTML page: verdict badges, values, hints, errors with their lines"),
                    summary: (SummaryHTML.self, "one self-contained HTML page that prints cleanly")),
        FormatEntry("xlsx",
                    check: (XLSXFormat.self, "an Excel workbook: totals, files, a row per service, errors with their cells (to a file)"),
                    summary: (SummaryWorkbook.self,
                              "an Excel workbook: the same rows as number cells, and the files not checked (to a file)"),
                    isBinary: true),
    ]

    /// The row named `name`.
    static func entry(_ name: String) -> FormatEntry {
        // The names asked for are enum cases, never user text, and the registry's tests find a row for each.
        all.first { $0.name == name }!
    }
}

/// The formats `gsz check` writes, by the name `--format` takes.
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

    /// The format's row in the registry.
    public var entry: FormatEntry { FormatRegistry.entry(rawValue) }
    /// The renderer type for this name.
    public var type: any OutputFormat.Type { entry.check!.format }  // every case is offered by check: registry tests
    /// What the format is for, for `--help`.
    public var summary: String { entry.check!.summary }
}

/// The formats `gsz summary` writes, by the name `--format` takes.
public enum SummaryFormatName: String, CaseIterable, Sendable {
    /// A table for the terminal.
    case text
    /// A Markdown table, for a note, a wiki page or an e-mail.
    case markdown
    /// Comma-separated values with English column ids, for spreadsheets and programs.
    case csv
    /// One self-contained HTML page, for reading and printing.
    case html
    /// An Excel workbook, to a file.
    case xlsx

    /// The format's row in the registry.
    public var entry: FormatEntry { FormatRegistry.entry(rawValue) }
    /// The table type for this name.
    public var type: any SummaryFormat.Type { entry.summary!.format }  // every case is offered by summary: registry tests
    /// What the format is for, for `--help`.
    public var summary: String { entry.summary!.summary }
}
