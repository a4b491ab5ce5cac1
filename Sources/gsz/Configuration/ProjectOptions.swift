import ArgumentParser
import GSZKit

/// `--config` and `--no-config`: which project configuration applies.
struct ProjectOptions: ParsableArguments {
    /// The help of `--config`, here and where `gsz check` declares it.
    static var configHelp: ArgumentHelp {
        ArgumentHelp("Read settings from PATH instead of the nearest .gsz.yml.",
                     discussion: "Without it, gsz looks for .gsz.yml in the working folder and each folder above it.",
                     valueName: "path")
    }
    /// The help of `--no-config`, here and where `gsz check` declares it.
    static var noConfigHelp: ArgumentHelp { "Ignore any .gsz.yml." }

    @Option(name: .long, help: configHelp)
    var config: String?

    @Flag(name: .customLong("no-config"), help: noConfigHelp)
    var noConfig = false

    func validate() throws { try Self.validate(config: config, noConfig: noConfig) }

    /// Refuses `--config` given with `--no-config`.
    static func validate(config: String?, noConfig: Bool) throws {
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// The configuration in force, or none; exit status 2 with every problem on standard error
    /// when the file cannot be read or is wrong.
    func load(language: Language?) throws -> ProjectConfiguration? {
        try Self.load(config: config, noConfig: noConfig, language: language)
    }

    /// The configuration `--config` and `--no-config` put in force, as `load(language:)`.
    static func load(config: String?, noConfig: Bool, language: Language?) throws -> ProjectConfiguration? {
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
