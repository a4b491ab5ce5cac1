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
            order), or - for standard input.

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

    @Option(name: .long, help: .formats("Format on standard output (default text)", FormatName.self, summary: \.summary))
    var format: FormatName?

    @Option(name: .long, help: ArgumentHelp(
        "Also write FORMAT to PATH (repeatable); files are replaced atomically.",
        discussion: "Example: --output junit=gsz.xml --output sarif=gsz.sarif. The reports are checked once for all outputs.",
        valueName: "format=path"))
    var output: [String] = []

    @Option(name: .long, help: ArgumentHelp("The lowest file verdict that passes: minimal (default) or maximal.", valueName: "level"))
    var require: RequiredLevel?

    @OptionGroup var standardOption: StandardOption
    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var jobsOption: JobsOption

    @Option(name: .long, help: ArgumentHelp(
        "CSV spelling: rfc4180 (default) or excel (UTF-8 with BOM, ';' separator, decimal comma, as Russian-locale Excel opens it).",
        valueName: "dialect"))
    var csvDialect: CSVDialect = .rfc4180

    @Option(name: .long, help: ArgumentHelp("Colour text output: auto, always or never (auto honours NO_COLOR).", valueName: "when"))
    var color: ColorChoice = .auto

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var reporting: ReportingOptions

    func validate() throws {
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
        if reporting.verbose { describe(settings, standard: standard) }
        Interrupts.install()
        var targets: [(OutputSink, any OutputFormat)] = []
        /// How to make each target's renderer: once here, and once more on each worker.
        var makers: [@Sendable () -> any OutputFormat] = []
        func add(_ sink: OutputSink, _ name: FormatName, color: Bool, quiet: Bool = false) {
            var configured = RenderOptions(language: language, required: require, color: color, standard: standard,
                                           toolVersion: GSZVersion.current)
            configured.quiet = quiet
            configured.sarifLevel = reporting.sarifLevel
            configured.csvDialect = csvDialect
            let options = configured
            let make = { @Sendable () -> any OutputFormat in name.type.init(options: options) }
            let renderer = make()
            if name.type.isPackaged { sink.packager = renderer.packager() }
            targets.append((sink, renderer))
            makers.append(make)
        }
        let inputs = InputCollector.collect(paths, excluding: settings.filter)
        let destinations = settings.outputs.value.map(\.1)
        try OutputTargets.refuse([.standardOutput] + destinations.map { $0 == "-" ? .standardOutput : .file($0) },
                                 inputs: inputs, language: language)
        // A workbook is binary: never to a terminal.
        for (name, path) in [(format, "-")] + settings.outputs.value where name.type.isPackaged && path == "-" && Terminal.isTerminal(1) {
            writeError(.binaryToTerminal(format: name.rawValue), in: language)
            throw ExitCode(2)
        }
        add(OutputSink(), format, color: Terminal.colors(for: 1, choice: color), quiet: reporting.quiet)
        for (name, path) in settings.outputs.value {
            do {
                add(path == "-" ? OutputSink() : try OutputSink(path: path), name, color: false)
            } catch {
                if case .failed(let message) = error { writeError(message, in: language) }
                throw ExitCode(2)
            }
        }

        let runner = BatchRunner(checker: Checker(standard: standard), jobs: jobsOption.resolved)
        var summary = BatchSummary()
        var progress = Progress(total: inputs.count, shown: !reporting.quiet && !reporting.verbose)
        var buffer = OutputBuffer()
        for (sink, renderer) in targets {
            buffer.removeAll()
            renderer.begin(into: &buffer)
            sink.write(buffer.bytes)
        }
        // Rendering happens on the workers, each with renderers of its own (they keep caches
        // of sentences); this thread only writes, in input order.
        let required = require
        // Trailers (Markdown's per-file sections) wait here until every file's part is written.
        var trailers = Array(repeating: [UInt8](), count: targets.count)
        let renderersFor = makers
        runner.run(inputs, makeTransform: {
            let renderers = renderersFor.map { $0() }
            return { index, result -> RenderedFile in
            let parts = renderers.map { renderer -> WrittenBytes in
                var chunk = OutputBuffer()
                renderer.file(result, position: index, into: &chunk)
                return chunk.finish()
            }
            let trailers = renderers.map { renderer -> [UInt8] in
                var chunk = OutputBuffer()
                renderer.trailer(result, position: index, into: &chunk)
                return chunk.bytes
            }
            return RenderedFile(verdict: result.verdict, warnings: result.warningCount, parts: parts, trailers: trailers)
            }
        }, deliver: { index, rendered in
            summary.add(verdict: rendered.verdict, warnings: rendered.warnings, required: required)
            for (target, part) in zip(targets, rendered.parts) { part.withBytes(target.0.write) }
            for (position, trailer) in rendered.trailers.enumerated() { trailers[position] += trailer }
            progress.update(done: index + 1)
            if reporting.verbose { describe(inputs[index], position: index, of: inputs.count, rendered.verdict, settings: settings) }
            // Go on while any output still takes bytes: `gsz check … --output json=FILE | head`
            // must still write all of FILE; stop early only when no one reads any more.
            return targets.contains { $0.0.failure == nil }
        })
        progress.finish()
        for ((sink, renderer), trailer) in zip(targets, trailers) {
            sink.write(trailer)
            buffer.removeAll()
            renderer.end(summary, into: &buffer)
            sink.write(buffer.bytes)
            sink.finish()
        }
        if inputs.isEmpty {
            writeError(.noReportsFound(paths: paths, extensions: InputCollector.extensions), in: language)
            throw ExitCode(2)
        }
        var failed = false
        for (sink, _) in targets {
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

/// One file's outputs, rendered on a worker: what the writing thread needs, and no more.
private struct RenderedFile: Sendable {
    let verdict: Verdict
    let warnings: Int
    /// The bytes for each output, in the order of the targets.
    let parts: [WrittenBytes]
    /// What each output writes for this file after the last file's part (mostly nothing).
    let trailers: [[UInt8]]
}
