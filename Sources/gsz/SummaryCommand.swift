import ArgumentParser
import GSZKit

/// `gsz summary`: one table across a batch for monitoring staff.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarize a batch of reports per NGO and form, for monitoring.",
        discussion: """
            Checks every report like `gsz check`, then writes one table: for each NGO (name \
            and BIN) and each form, the services checked, how many reached each verdict, the \
            participants reached, the mean satisfaction (the plain mean of the services' \
            percentages) and the success stories; then the files that could not be checked, \
            each with its first error. NGOs sort by name, then BIN; forms follow the standard.

            Exit status: 0 when the summary is written (files that could not be checked are \
            listed in it); 2 when no report is found, the output cannot be written, or the \
            command itself is wrong.

            Examples:
              gsz summary reports/
              gsz summary reports/ --format html -o summary.html
              gsz summary reports/ --format csv --lang kk -o summary.csv
              gsz summary reports/ --format xlsx -o summary.xlsx
              gsz summary reports/ --format html --body "ГУ «Управление внутренней политики»" -o summary.html

            A report given twice (the same bytes, or the same NGO, contract and period) is \
            counted once, with a warning. Rows are grouped by reporting period (half-year).
            """
    )

    @Argument(help: ArgumentHelp("Report files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: .formats("Format", SummaryFormatName.self) { $0.summary })
    var format: SummaryFormatName = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to PATH (replaced atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "CSV spelling: rfc4180 (default) or excel (UTF-8 with BOM, ';' separator, decimal comma).", valueName: "dialect"))
    var csvDialect: CSVDialect = .rfc4180

    @OptionGroup var standardOption: StandardOption
    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var jobsOption: JobsOption
    @OptionGroup var filingOptions: FilingOptions
    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        // `.gsz.yml` gives the language, the standard and the exclusions, as for `gsz check`.
        let given = CheckSettings.CommandLine(language: languageOption.lang, standard: standardOption.standard)
        let settings = CheckSettings(commandLine: given, configuration: try projectOptions.load(language: languageOption.lang),
                                     environment: Environment.all)
        let language = settings.language.value
        let standard = try StandardOption.load(settings.standard.value, language: language)
        Interrupts.install()
        var passedOver: [String] = []
        let inputs = InputCollector.collect(paths, excluding: settings.filter, passedOver: &passedOver)
        notePassedOver(passedOver, in: language)
        guard !inputs.isEmpty else {
            writeError(.noReportsFound(paths: paths, extensions: InputCollector.extensions), in: language)
            throw ExitCode(2)
        }
        if format.entry.isBinary, output == nil || output == "-", Terminal.isTerminal(1) {
            writeError(.binaryToTerminal(format: format.rawValue), in: language)
            throw ExitCode(2)
        }
        try OutputTargets.refuse([output.map { .file($0) } ?? .standardOutput], inputs: inputs, language: language)
        let sink: OutputSink
        do throws(OutputSink.Failure) {
            sink = if let output { try OutputSink(path: output) } else { OutputSink() }
        } catch {
            if case .failed(let message) = error { writeError(message, in: language) }
            throw ExitCode(2)
        }
        var options = RenderOptions(language: language, required: .minimal, color: false, standard: standard,
                                    toolVersion: GSZVersion.current)
        options.csvDialect = csvDialect
        let table = RenderOutput(format.type, options: options, filing: filingOptions.filing, to: sink) { duplicates in
            for duplicate in duplicates { writeError("gsz: warning: " + duplicate.text(in: language) + "\n") }
        }
        var progress = Progress(total: inputs.count)
        _ = RenderDriver([table]).run(inputs, with: BatchRunner(checker: Checker(standard: standard), jobs: jobsOption.resolved),
                                      delivered: { index, _ in progress.update(done: index + 1) }, finished: { progress.finish() })
        sink.finish()
        switch sink.failure {
        case .closedPipe?: throw ExitCode(141)
        case .failed(let message)?:
            writeError(message, in: language)
            throw ExitCode(2)
        case nil: break
        }
    }
}
