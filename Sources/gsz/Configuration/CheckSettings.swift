import GSZKit

/// Where a setting in force came from, for `gsz config` and `--verbose`.
enum SettingOrigin: Equatable {
    /// An option on the command line.
    case commandLine
    /// A line of the configuration file.
    case configuration(path: String, line: Int)
    /// The locale's variables.
    case environment
    /// gsz's own default.
    case builtIn

    /// `.gsz.yml:3`, `command line`, in `language`.
    func text(in language: Language) -> String {
        switch self {
        case .configuration(let path, let line): "\(path):\(line)"
        case .commandLine: SettingWording.commandLine.text(in: language)
        case .environment: SettingWording.environment.text(in: language)
        case .builtIn: SettingWording.builtIn.text(in: language)
        }
    }
}

/// A value and where it came from.
struct Sourced<Value> {
    let value: Value
    let origin: SettingOrigin
}

/// The settings `gsz check` runs with: the command line over the project configuration
/// over gsz's defaults, each with where it came from.
struct CheckSettings {
    var configuration: ProjectConfiguration?
    var require: Sourced<RequiredLevel>
    var language: Sourced<Language>
    /// A folder of standard files; `nil` for the built-in standard.
    var standard: Sourced<String?>
    var format: Sourced<FormatName>
    var outputs: Sourced<[(FormatName, String)]>
    var exclude: Sourced<[PathGlob]>

    /// What the command line gave, each `nil` (or empty) when not given.
    struct CommandLine {
        var require: RequiredLevel?
        var language: Language?
        var standard: String?
        var format: FormatName?
        var outputs: [(FormatName, String)] = []
    }

    init(commandLine given: CommandLine, configuration: ProjectConfiguration?, environment: [String: String]) {
        self.configuration = configuration
        func pick<Value>(_ value: Value?, _ setting: (value: Value, line: Int)?, _ fallback: Sourced<Value>) -> Sourced<Value> {
            if let value { return Sourced(value: value, origin: .commandLine) }
            if let setting, let configuration {
                return Sourced(value: setting.value, origin: .configuration(path: configuration.path, line: setting.line))
            }
            return fallback
        }
        func line<Value>(_ setting: ProjectConfiguration.Setting<Value>?) -> (value: Value, line: Int)? {
            setting.map { ($0.value, $0.line) }
        }
        require = pick(given.require, line(configuration?.require), Sourced(value: .minimal, origin: .builtIn))
        let localeSet = ["LC_ALL", "LC_MESSAGES", "LANG"].contains { !(environment[$0] ?? "").isEmpty }
        language = pick(given.language, line(configuration?.lang),
                        Sourced(value: Language.fromEnvironment(environment), origin: localeSet ? .environment : .builtIn))
        let standardSetting = configuration?.standard.map { (value: Optional($0.value), line: $0.line) }
        standard = pick(given.standard.map(Optional.some), standardSetting, Sourced(value: nil, origin: .builtIn))
        format = pick(given.format, line(configuration?.format), Sourced(value: .text, origin: .builtIn))
        let configured = configuration?.outputs.map { (value: $0.value.map { ($0.format, $0.path) }, line: $0.line) }
        outputs = pick(given.outputs.isEmpty ? nil : given.outputs, configured, Sourced(value: [], origin: .builtIn))
        exclude = pick(nil, line(configuration?.exclude), Sourced(value: [], origin: .builtIn))
    }

    /// The folder walk's exclusions, relative to the configuration's folder; the
    /// configuration file itself (`ci/gsz.yml` given with `--config`) is never a report.
    var filter: PathFilter? {
        guard let configuration else { return nil }
        let folder = configuration.folder
        let base = folder.hasPrefix("/") ? folder : ConfigurationFile.workingFolder + "/" + folder
        let name = configuration.path.split(separator: "/").last.map(String.init) ?? configuration.path
        return PathFilter(base: base, globs: exclude.value + [PathGlob("/" + name)])
    }

    /// Name, value and origin of each setting, in the order `gsz config` prints them.
    func rows(in language: Language) -> [(name: String, value: String, origin: String)] {
        let none = "—"
        return [
            ("require", require.value.rawValue, require.origin.text(in: language)),
            ("lang", self.language.value.rawValue, self.language.origin.text(in: language)),
            ("standard", standard.value ?? Label.builtinStandard.text(in: language), standard.origin.text(in: language)),
            ("format", format.value.rawValue, format.origin.text(in: language)),
            ("output", outputs.value.isEmpty ? none : outputs.value.map { "\($0.0.rawValue)=\($0.1)" }.joined(separator: ", "),
             outputs.origin.text(in: language)),
            ("exclude", exclude.value.isEmpty ? none : exclude.value.map(\.pattern).joined(separator: ", "),
             exclude.origin.text(in: language)),
        ]
    }
}

/// The words `gsz config` and `--verbose` use for where settings come from.
enum SettingWording {
    case commandLine, environment, builtIn, configuration, noConfiguration

    func text(in language: Language) -> String {
        let words: (ru: String, kk: String, en: String) = switch self {
        case .commandLine: ("командная строка", "командалық жол", "command line")
        case .environment: ("окружение (LC_ALL, LC_MESSAGES, LANG)", "орта (LC_ALL, LC_MESSAGES, LANG)", "environment (LC_ALL, LC_MESSAGES, LANG)")
        case .builtIn: ("по умолчанию", "әдепкі", "default")
        case .configuration: ("файл настроек", "баптау файлы", "configuration")
        case .noConfiguration: ("нет (.gsz.yml не найден)", "жоқ (.gsz.yml табылмады)", "none (no .gsz.yml found)")
        }
        return switch language {
        case .ru: words.ru
        case .kk: words.kk
        case .en: words.en
        }
    }
}
