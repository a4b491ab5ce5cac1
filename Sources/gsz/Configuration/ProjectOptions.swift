import ArgumentParser
import GSZKit

/// `--config` and `--no-config`: which project configuration applies.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read settings from PATH instead of the nearest .gsz.yml.",
        discussion: "Without it, gsz looks for .gsz.yml in the working folder and each folder above it.",
        valueName: "path"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore any .gsz.yml.")
    var noConfig = false

    func validate() throws {
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// The configuration in force, or none; exit status 2 with every problem on standard error
    /// when the file cannot be read or is wrong.
    func load(language: Language?) throws -> ProjectConfiguration? {
        guard !noConfig, let path = config ?? ConfigurationFile.find(from: ConfigurationFile.workingFolder) else { return nil }
        let (configuration, diagnostics, source) = ConfigurationFile.load(path)
        // The configuration may name the language; its own problems are worded in the one
        // asked for on the command line, or the environment's.
        let wording = language ?? Language.fromEnvironment(Environment.all)
        let printer = DiagnosticPrinter(language: wording, color: Terminal.colors(for: 2, choice: .auto))
        for diagnostic in diagnostics { writeError(printer.render(diagnostic, source: source)) }
        guard let configuration else { throw ExitCode(2) }
        return configuration
    }
}

/// `--quiet` and `--verbose`: how much `gsz check` says besides the results.
struct ReportingOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Show only the files that fail --require, and the totals (text); no progress line.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Also say on standard error which settings apply and each file as it is checked.")
    var verbose = false

    @Option(name: .customLong("sarif-level"), help: ArgumentHelp(
        "The least serious SARIF result written: error, warning (default) or note.",
        discussion: "note keeps a result for every indicator that passes; GitHub refuses more than 25,000 results a file.",
        valueName: "level"))
    var sarifLevel: SARIFLevel = .warning

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}
