import ArgumentParser
import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// `gsz init`: a report template to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a report template for one form of service, with a comment on each field.",
        discussion: """
            The template holds the fields gsz check requires and every field the standard \
            measures for that form, with sample values that pass gsz check as they are: \
            replace them with your own.

            Without --form: the first form of the kind (the first kind when --kind is not given either).

            Examples:
              gsz init --form seminar > report.yaml
              gsz init --form course --lang kk -o course.yaml
              gsz init --kind consulting
              gsz init --document discussion > discussion.yaml
              gsz init --document monitoring --lang kk
              gsz init --document competition -o konkurs.yaml
            """
    )

    @Option(name: .long, help: ArgumentHelp("The kind of document: report (default), discussion, competition or monitoring.", valueName: "document"))
    var document: DocumentKind = .report

    @Option(name: .long, help: ArgumentHelp("The form of the service (seminar, training, course, …).", valueName: "form"))
    var form: String?

    @Option(name: .long, help: ArgumentHelp("The kind of the service (training, consulting, …).", valueName: "kind"))
    var kind: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace FILE if it exists.")
    var force = false

    @OptionGroup var standardOption: StandardOption
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.resolved
        let standard = try standardOption.load(language: language)
        let text: String
        if document == .report {
            do {
                text = try ReportTemplate(standard: standard, kind: kind, form: form).render(in: language)
            } catch {
                writeError(error.message, in: language)
                throw ExitCode(2)
            }
        } else if let documentText = DocumentTemplate.text(for: document, in: language) {
            text = documentText
        } else {
            writeError(.unknownValue(field: "document", value: document.rawValue, known: DocumentTemplate.kinds.map(\.rawValue),
                                     suggestion: nil), in: language)
            throw ExitCode(2)
        }
        guard let output else { return writeOutput(text) }
        var info = stat()
        if !force, lstat(output, &info) == 0 {
            writeError(.outputExists(path: output), in: language)
            throw ExitCode(2)
        }
        let sink: OutputSink
        do {
            sink = try OutputSink(path: output)
        } catch {
            if case .failed(let message) = error { writeError(message, in: language) }
            throw ExitCode(2)
        }
        sink.write(Array(text.utf8))
        sink.finish()
        if case .failed(let message)? = sink.failure {
            writeError(message, in: language)
            throw ExitCode(2)
        }
    }
}
