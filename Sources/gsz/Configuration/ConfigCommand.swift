import ArgumentParser
import GSZKit

/// `gsz config`: the settings `gsz check` would run with, and where each came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force for gsz check and where each comes from.",
        discussion: """
            gsz check reads defaults from .gsz.yml, found in the working folder or the nearest \
            folder above it (or --config PATH); options on the command line override them. \
            Keys: require, lang, standard, format, output (a list of FORMAT=PATH), exclude (a \
            list of globs such as drafts/**, which folder walks skip; a path named on the \
            command line is always checked). Paths are relative to the file's folder.

            Exit status: 0 when the settings are valid; 2 when the configuration file is wrong.

            Examples:
              gsz config
              gsz config --config ci/gsz.yml
              gsz config --require maximal
            """
    )

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var standardOption: StandardOption

    @Option(name: .long, help: ArgumentHelp("As gsz check's --require.", valueName: "level"))
    var require: RequiredLevel?

    @Option(name: .long, help: ArgumentHelp("As gsz check's --format.", valueName: "format"))
    var format: FormatName?

    func run() throws {
        let configuration = try projectOptions.load(language: languageOption.lang)
        let given = CheckSettings.CommandLine(require: require, language: languageOption.lang,
                                              standard: standardOption.standard, format: format)
        let settings = CheckSettings(commandLine: given, configuration: configuration, environment: Environment.all)
        let language = settings.language.value
        var text = SettingWording.configuration.text(in: language) + ": "
            + (configuration?.path ?? SettingWording.noConfiguration.text(in: language)) + "\n"
        let rows = settings.rows(in: language)
        let nameWidth = rows.map(\.name.count).max() ?? 0
        let valueWidth = rows.map(\.value.count).max() ?? 0
        for row in rows {
            text += Self.pad(row.name, nameWidth + 2) + Self.pad(row.value, valueWidth + 2) + row.origin + "\n"
        }
        let sink = OutputSink()
        sink.write(Array(text.utf8))
        sink.finish()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
