public import ArgumentParser
public import GSZKit

extension Language: ExpressibleByArgument {}
extension FormatName: ExpressibleByArgument {}
extension SummaryFormatName: ExpressibleByArgument {}
extension RequiredLevel: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}
extension SARIFLevel: ExpressibleByArgument {}

/// When to colour text output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// `--lang`: the language people read; defaults to the locale, then Russian.
struct LanguageOption: ParsableArguments {
    /// The help of `--lang`, here and where `gsz check` declares it.
    static var help: ArgumentHelp {
        ArgumentHelp("Language of messages and labels: ru, kk or en.",
                     discussion: "Default: from LC_ALL, LC_MESSAGES or LANG; Russian when none names one of these.",
                     valueName: "lang")
    }

    @Option(name: .long, help: help)
    var lang: Language?

    var resolved: Language { lang ?? Language.fromEnvironment(Environment.all) }
}

extension ArgumentHelp {
    /// Help for a `--format` option: `lead` and the names, then what each name is for.
    static func formats<Name: CaseIterable & RawRepresentable>(
        _ lead: String, _ names: Name.Type, summary: (Name) -> String
    ) -> ArgumentHelp where Name.RawValue == String {
        ArgumentHelp("\(lead): \(Name.allCases.map { $0.rawValue }.joined(separator: ", ")).",
                     discussion: Name.allCases.map { "\($0.rawValue): \(summary($0))" }.joined(separator: "\n"),
                     valueName: "format")
    }
}

/// `--jobs`: how many files are checked at once.
struct JobsOption: ParsableArguments {
    /// The help of `--jobs`, here and where `gsz check` declares it.
    static var help: ArgumentHelp { ArgumentHelp("Files checked at once (default: the number of processors).", valueName: "n") }

    @Option(name: .long, help: help)
    var jobs: Int?

    func validate() throws { try Self.validate(jobs) }

    /// Refuses a `--jobs` below 1.
    static func validate(_ jobs: Int?) throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var resolved: Int { Self.resolved(jobs) }

    /// `jobs`, or the number of processors when not given.
    static func resolved(_ jobs: Int?) -> Int { jobs ?? Terminal.processors }
}

/// `--standard`: which thresholds apply.
struct StandardOption: ParsableArguments {
    /// The help of `--standard`, here and where `gsz check` declares it.
    static var help: ArgumentHelp {
        ArgumentHelp("A folder of standard files to use instead of the built-in standard.",
                     discussion: "See Standards/ in the source for the format; check a folder with `gsz standard lint PATH`.",
                     valueName: "path")
    }

    @Option(name: .long, help: help)
    var standard: String?

    /// The standard, or exit status 2 with every problem on standard error.
    func load(language: Language) throws -> Standard {
        try Self.load(standard, language: language)
    }

    /// The standard in the folder `standard`, or the built-in one when `nil`.
    static func load(_ standard: String?, language: Language) throws -> Standard {
        // Checking needs no examples; `gsz standard test` reads them.
        let load = standard.map { StandardFolder.load($0, examples: false) } ?? BuiltinStandard.load
        let printer = DiagnosticPrinter(language: language, color: Terminal.colors(for: 2, choice: .auto))
        for diagnostic in load.diagnostics {
            let source = load.sources.first { $0.path == diagnostic.path }?.bytes
            writeError(printer.render(diagnostic, source: source))
        }
        guard let loaded = load.standard else {
            writeError(.standardUnusable(path: standard), in: language)
            throw ExitCode(2)
        }
        return loaded
    }
}
