import ArgumentParser
import GSZKit

/// `gsz schema`: the report format as a JSON Schema, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the report format as a JSON Schema (draft 2020-12) for editors.",
        discussion: """
            Generated from the same definitions gsz check reads reports with, kinds and forms \
            from the standard. Save it beside your reports and start each report with
              # yaml-language-server: $schema=report.schema.json
            so that VS Code (YAML extension) and other editors complete keys and underline \
            mistakes as you type. See docs/schema-and-templates.md.

            Descriptions are in English unless --lang says otherwise (not taken from the \
            locale, so the file is the same on every machine).

            Examples:
              gsz schema --lang ru > report.schema.json
              gsz schema --document discussion > discussion.schema.json
              gsz schema --document monitoring > monitoring.schema.json
              gsz schema --document competition > competition.schema.json
            """
    )

    @Option(name: .long, help: ArgumentHelp("The kind of document: report (default), discussion, competition or monitoring.", valueName: "document"))
    var document: DocumentKind = .report

    @Option(name: .long, help: ArgumentHelp("Language of the descriptions: ru, kk or en (default: en).", valueName: "lang"))
    var lang: Language = .en

    @OptionGroup var standardOption: StandardOption

    func run() throws {
        let standard = try standardOption.load(language: lang)
        if document == .report { return writeOutput(JSONSchema.report(for: standard, language: lang).rendered) }
        if document == .competition, let schema = CompetitionSchema.schema(for: standard, language: lang) {
            return writeOutput(schema.rendered)
        }
        guard let schema = DocumentSchema.schema(for: document, language: lang) else {
            writeError(.unknownValue(field: "document", value: document.rawValue, known: DocumentTemplate.kinds.map(\.rawValue),
                                     suggestion: nil), in: lang)
            throw ExitCode(2)
        }
        writeOutput(schema.rendered)
    }
}
