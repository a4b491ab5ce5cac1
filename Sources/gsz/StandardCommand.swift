public import ArgumentParser
public import GSZKit

extension StandardTableFormat: ExpressibleByArgument {}

/// `gsz standard`: tools for the people who maintain the standard files.
struct StandardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standard",
        abstract: "Show, lint and test the standard: the thresholds reports are checked against.",
        discussion: """
            The standard is a folder of YAML files (see docs/standard.md): a header with the \
            service kinds and indicators, threshold tables that mirror the source's slides row \
            by row, and examples with the verdicts they must get. gsz carries one built in; \
            --standard PATH (or the PATH argument) uses another.

            Examples:
              gsz standard show --form seminar
              gsz standard show --format markdown > thresholds.md
              gsz standard lint Standards/
              gsz standard test Standards/
            """,
        subcommands: [Show.self, Lint.self, Test.self]
    )
}

extension StandardCommand {
    /// `gsz standard show`: the thresholds in force, as the source's tables.
    struct Show: ParsableCommand {
        // Named here: a name derived from the type's takes reflection at every start-up.
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the thresholds in force: a row per form, a column per indicator, \"—\" where the standard sets nothing.")

        @Option(name: .long, help: ArgumentHelp("Only this form's row (seminar, course, …).", valueName: "form"))
        var form: String?

        @Option(name: .long, help: ArgumentHelp(
            "Output: \(StandardTableFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            discussion: "json carries names in every language and cites each threshold's table, row, file and line.",
            valueName: "format"))
        var format: StandardTableFormat = .text

        @OptionGroup var standardOption: StandardOption
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = languageOption.resolved
            let standard = try standardOption.load(language: language)
            if let form {
                do {
                    _ = try standard.form(named: form)
                } catch {
                    writeError(error.message, in: language)
                    throw ExitCode(2)
                }
            }
            writeOutput(format.render(standard, form: form, language: language))
        }
    }

    /// `gsz standard lint`: every problem in a standard's files, each with its place.
    struct Lint: ParsableCommand {
        // Named here: a name derived from the type's takes reflection at every start-up.
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check standard files: unknown keys, wrong types, thresholds out of order, undefined references, missing names, units.",
            discussion: "Exit status: 0 no problems; 2 some problem (each printed as path:line:col with the line).")

        @Argument(help: ArgumentHelp("A standard folder or file (default: the built-in standard).", valueName: "path"))
        var path: String?

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let load = StandardSelection.load(path)
            StandardSelection.print(load.diagnostics, of: load, language: languageOption.resolved)
            let files = load.sources.count
            let summary = Label.lintSummary(of: path, files: files, problems: load.diagnostics.count, in: languageOption.resolved)
            writeOutput(summary + "\n")
            if !load.diagnostics.isEmpty { throw ExitCode(2) }
        }
    }

    /// `gsz standard test`: runs the examples kept with the standard.
    struct Test: ParsableCommand {
        // Named here: a name derived from the type's takes reflection at every start-up.
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the standard's examples: each service must get the verdict and levels it expects.",
            discussion: """
                Examples are the files under the standard folder that start with `examples:` \
                (services and their verdicts) or `calendar_examples:` (working-day counts). Each mismatch is printed with the place of the expectation it breaks.

                Exit status: 0 every example passes; 1 some example fails; 2 the standard \
                cannot be loaded.
                """)

        @Argument(help: ArgumentHelp("A standard folder (default: the built-in standard).", valueName: "path"))
        var path: String?

        @Flag(name: .shortAndLong, help: "Also list the examples that pass.")
        var verbose = false

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = languageOption.resolved
            let load = StandardSelection.load(path)
            StandardSelection.print(load.diagnostics, of: load, language: language)
            guard let standard = load.standard else {
                writeError(.standardUnusable(path: path), in: language)
                throw ExitCode(2)
            }
            let outcomes = ExampleRunner.runAll(standard)
            for outcome in outcomes {
                StandardSelection.print(outcome.problems, of: load, language: language)
                if verbose && outcome.passed {
                    writeOutput("ok: \(outcome.place): \(outcome.name)\n")
                }
            }
            let failed = outcomes.filter { !$0.passed }.count
            writeOutput(Label.exampleSummary(examples: outcomes.count, failed: failed, in: language) + "\n")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}

/// The standard a `gsz standard` subcommand works on: a folder named on the command line,
/// or the built-in one.
enum StandardSelection {
    static func load(_ path: String?) -> StandardLoad {
        path.map { StandardFolder.load($0) } ?? BuiltinStandard.loadWithExamples
    }

    /// `diagnostics` on standard error, each under its source line.
    static func print(_ diagnostics: [Diagnostic], of load: StandardLoad, language: Language) {
        let printer = DiagnosticPrinter(language: language, color: Terminal.colors(for: 2, choice: .auto))
        for diagnostic in diagnostics {
            let source = load.sources.first { $0.path == diagnostic.path }?.bytes
            writeError(printer.render(diagnostic, source: source))
        }
    }
}
