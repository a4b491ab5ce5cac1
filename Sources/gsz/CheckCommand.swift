import ArgumentParser
import GSZKit

/// `gsz check`: verdicts for reports.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check reports against the standard and give each file, service and indicator its verdict.",
        discussion: """
            A PATH is a report file (YAML, JSON or an .xlsx workbook), a folder (every *.yaml, *.yml, \
            *.json and *.xlsx below it, in name \
            order; .ods and .xls files are passed over and named on standard error), or - for standard \
            input.

            Verdicts, worst first: error (the file cannot be read as a report), noncompliant \
            (an indicator below its minimal threshold or a requirement not met), incomplete (an \
            indicator lacks its input), minimal, maximal; not_assessed when the standard sets \
            nothing for a service.

            Public discussions (discussion:) and monitoring logs (monitoring:) are checked in the \
            same run, each rule a finding with its due date: compliant passes, noncompliant and \
            incomplete give status 1 (see docs/deadlines.md).

            Exit status: 0 every file passes; 1 some file is below --require (and none has an \
            error); 2 some file has an input error, or the command itself is wrong.

            Examples:
              gsz check report.yaml
              gsz check reports/ --require maximal --lang kk
              gsz check reports/ --format json > results.json
              gsz check reports/ --output junit=gsz.xml --output sarif=gsz.sarif
              cat report.yaml | gsz check -
              gsz check Samples/discussion-late.yaml --lang en
            """
    )

    @Argument(help: ArgumentHelp("Report files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: .formats("Format on standard output (default text)", FormatName.self) { $0.summary })
    var format: FormatName?

    @Option(name: .long, help: ArgumentHelp(
        "Also write FORMAT to PATH (repeatable); files are replaced atomically.",
        discussion: "Example: --output junit=gsz.xml --output sarif=gsz.sarif. The reports are checked once for all outputs.",
        valueName: "format=path"))
    var output: [String] = []

    @Option(name: .long, help: ArgumentHelp("The lowest file verdict that passes: minimal (default) or maximal.", valueName: "level"))
    var require: RequiredLevel?

    // The options other commands take as groups (`StandardOption`, `LanguageOption`,
    // `JobsOption`, `ProjectOptions`) are declared one by one here, with the groups' help and
    // checks: ArgumentParser reflects, decodes and casts each group as a type of its own at every
    // start, and for these groups and the reporting flags that came to a sixth of the
    // instructions of checking one report, which is what `gsz check` is run for.
    @Option(name: .long, help: StandardOption.help)
    var standard: String?

    @Option(name: .long, help: LanguageOption.help)
    var lang: Language?

    @Option(name: .long, help: JobsOption.help)
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "CSV spelling: rfc4180 (default) or excel (UTF-8 with BOM, ';' separator, decimal comma, as Russian-locale Excel opens it).",
        valueName: "dialect"))
    var csvDialect: CSVDialect = .rfc4180

    @Option(name: .long, help: ArgumentHelp("Colour text output: auto, always or never (auto honours NO_COLOR).", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .long, help: ProjectOptions.configHelp)
    var config: String?

    @Flag(name: .customLong("no-config"), help: ProjectOptions.noConfigHelp)
    var noConfig = false

    @Flag(name: [.short, .long], help: "Show only the files that fail --require, and the totals (text); no progress line.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Also say on standard error which settings apply and each file as it is checked.")
    var verbose = false

    @Option(name: .customLong("sarif-level"), help: ArgumentHelp(
        "The least serious SARIF result written: error, warning (default) or note.",
        discussion: "note keeps a result for every indicator that passes; GitHub refuses more than 25,000 results a file.",
        valueName: "level"))
    var sarifLevel: SARIFLevel = .warning

    /// The groups' checks first, in the order the groups were declared, as when they were groups.
    func validate() throws {
        try JobsOption.validate(jobs)
        try ProjectOptions.validate(config: config, noConfig: noConfig)
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        for target in output { _ = try Self.parseTarget(target) }
    }

    static func parseTarget(_ text: String) throws -> (FormatName, String) {
        guard let equals = text.firstIndex(of: "="), let format = FormatName(rawValue: String(text[..<equals])),
              text.index(after: equals) < text.endIndex else {
            let names = FormatName.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--output takes FORMAT=PATH with FORMAT one of \(names), not '\(text)'")
        }
        return (format, String(text[text.index(after: equals)...]))
    }

    func run() throws {
        let settings = try resolvedSettings()
        let (language, require, format) = (settings.language.value, settings.require.value, settings.format.value)
        let standard = try StandardOption.load(settings.standard.value, language: language)
        if verbose { describe(settings, standard: standard) }
        Interrupts.install()
        var passedOver: [String] = []
        let inputs = InputCollector.collect(paths, excluding: settings.filter, passedOver: &passedOver)
        let destinations = settings.outputs.value.map(\.1)
        try OutputTargets.refuse([.standardOutput] + destinations.map { $0 == "-" ? .standardOutput : .file($0) },
                                 inputs: inputs, language: language)
        // A workbook is binary: never to a terminal.
        for (name, path) in [(format, "-")] + settings.outputs.value where name.entry.isBinary && path == "-" && Terminal.isTerminal(1) {
            writeError(.binaryToTerminal(format: name.rawValue), in: language)
            throw ExitCode(2)
        }
        var sinks: [OutputSink] = []
        var outputs: [RenderOutput] = []
        func add(_ sink: OutputSink, _ name: FormatName, color: Bool, quiet: Bool = false) {
            var options = RenderOptions(language: language, required: require, color: color, standard: standard,
                                        toolVersion: GSZVersion.current)
            options.quiet = quiet
            options.sarifLevel = sarifLevel
            options.csvDialect = csvDialect
            sinks.append(sink)
            outputs.append(RenderOutput(name.type, options: options, to: sink))
        }
        add(OutputSink(), format, color: Terminal.colors(for: 1, choice: color), quiet: quiet)
        for (name, path) in settings.outputs.value {
            do {
                add(path == "-" ? OutputSink() : try OutputSink(path: path), name, color: false)
            } catch {
                if case .failed(let message) = error { writeError(message, in: language) }
                throw ExitCode(2)
            }
        }

        let runner = BatchRunner(checker: Checker(standard: standard), jobs: JobsOption.resolved(jobs))
        var progress = Progress(total: inputs.count, shown: !quiet && !verbose)
        let summary = RenderDriver(outputs, required: require).run(inputs, with: runner, delivered: { index, verdict in
            progress.update(done: index + 1)
            if verbose { describe(inputs[index], position: index, of: inputs.count, verdict, settings: settings) }
        }, finished: { progress.finish() })
        for sink in sinks { sink.finish() }
        notePassedOver(passedOver, in: language)
        if inputs.isEmpty {
            writeError(.noReportsFound(paths: paths, extensions: InputCollector.extensions), in: language)
            throw ExitCode(2)
        }
        var failed = false
        for sink in sinks {
            switch sink.failure {
            case .closedPipe?: throw ExitCode(141)
            case .failed(let message)?:
                writeError(message, in: language)
                failed = true
            case nil: break
            }
        }
        if failed { throw ExitCode(2) }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
