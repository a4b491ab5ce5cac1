import ArgumentParser
import GSZKit

extension CheckCommand {
    /// The command line over `.gsz.yml` over the defaults.
    func resolvedSettings() throws -> CheckSettings {
        let configuration = try ProjectOptions.load(config: config, noConfig: noConfig, language: lang)
        var given = CheckSettings.CommandLine(require: require, language: lang, standard: standard, format: format)
        given.outputs = try output.map(Self.parseTarget)
        return CheckSettings(commandLine: given, configuration: configuration, environment: Environment.all)
    }

    /// `--verbose`: the settings in force and the standard, on standard error, before the first file.
    func describe(_ settings: CheckSettings, standard: Standard) {
        let language = settings.language.value
        let file = settings.configuration?.path ?? SettingWording.noConfiguration.text(in: language)
        writeError("gsz: \(SettingWording.configuration.text(in: language)): \(file)\n")
        for row in settings.rows(in: language) {
            writeError("gsz: \(row.name): \(row.value) (\(row.origin))\n")
        }
        writeError("gsz: \(standard.name[language]), \(Label.version.text(in: language)) \(standard.version)\n")
    }

    /// `--verbose`: one line per file as its result is written.
    func describe(_ input: Input, position: Int, of total: Int, _ verdict: Verdict, settings: CheckSettings) {
        let (language, required) = (settings.language.value, settings.require.value)
        writeError("gsz: [\(position + 1)/\(total)] \(input.path): \(verdict.name(in: language)) — "
            + PassWording.mark(verdict, required: required, in: language) + "\n")
    }
}
