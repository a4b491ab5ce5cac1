/// Short labels of the text and table formats, in each language.
public enum Label: CaseIterable, Sendable {
    case bin
    case total
    case file
    case service
    case indicator
    case value
    case threshold
    case level
    case verdict
    case hint
    case ngo
    case project
    case form
    case kind
    case warnings
    case errors
    case notChecked
    case participants
    case meanSatisfaction
    case successStories
    case services
    case period
    case version
    case reportCheck
    case noThresholds
    case monitoringSummary
    case checked
    case line
    case firstError
    case builtinStandard
    case rulesApplied
    case rulesBroken
    case documents

    /// The label in `language`.
    public func text(in language: Language) -> String {
        let words: (ru: String, kk: String, en: String) = switch self {
        case .bin: ("БИН", "БСН", "BIN")
        case .total: ("Итого", "Барлығы", "Total")
        case .file: ("Файл", "Файл", "File")
        case .service: ("Услуга", "Қызмет", "Service")
        case .indicator: ("Показатель", "Көрсеткіш", "Indicator")
        case .value: ("Значение", "Мәні", "Value")
        case .threshold: ("Пороги", "Шектер", "Thresholds")
        case .level: ("Уровень", "Деңгей", "Level")
        case .verdict: ("Вердикт", "Қорытынды", "Verdict")
        case .hint: ("Что сделать", "Не істеу керек", "What next")
        case .ngo: ("НПО", "ҮЕҰ", "NGO")
        case .project: ("Проект", "Жоба", "Project")
        case .form: ("Форма", "Нысан", "Form")
        case .kind: ("Вид", "Түрі", "Kind")
        case .warnings: ("Предупреждения", "Ескертулер", "Warnings")
        case .errors: ("Ошибки", "Қателер", "Errors")
        case .notChecked: ("Не удалось проверить", "Тексеру мүмкін болмады", "Could not be checked")
        case .participants: ("Участники", "Қатысушылар", "Participants")
        case .meanSatisfaction: ("Средняя удовлетворённость", "Орташа қанағаттану", "Mean satisfaction")
        case .successStories: ("Истории успеха", "Табыс тарихтары", "Success stories")
        case .services: ("Услуги", "Қызметтер", "Services")
        case .period: ("Период", "Кезең", "Period")
        case .version: ("версия", "нұсқа", "version")
        case .reportCheck: ("Проверка отчётов", "Есептерді тексеру", "Report check")
        case .monitoringSummary: ("Сводка для мониторинга", "Мониторингке арналған жиынтық", "Monitoring summary")
        case .checked: ("Проверено", "Тексерілді", "Checked")
        case .line: ("Строка", "Жол", "Line")
        case .firstError: ("Первая ошибка", "Алғашқы қате", "First error")
        case .builtinStandard: ("встроенный стандарт", "кірістірілген стандарт", "built-in standard")
        case .rulesApplied: ("Правил проверено", "Тексерілген ережелер", "Rules applied")
        case .rulesBroken: ("нарушено", "бұзылғаны", "broken")
        case .documents: ("Документы процесса ГСЗ", "МӘТ процесінің құжаттары", "Documents of the ГСЗ process")
        case .noThresholds:
            ("Стандарт не устанавливает пороговых значений для этой услуги",
             "Стандарт бұл қызмет үшін шекті мәндерді белгілемейді",
             "The standard sets no thresholds for this service")
        }
        switch language {
        case .ru: return words.ru
        case .kk: return words.kk
        case .en: return words.en
        }
    }

    /// Where in a file: "строка 6, столбец 10", "6-жол, 10-баған", "line 6, column 10".
    public static func place(line: Int, column: Int, in language: Language) -> String {
        switch language {
        case .ru: "строка \(line), столбец \(column)"
        case .kk: "\(line)-жол, \(column)-баған"
        case .en: "line \(line), column \(column)"
        }
    }

    /// The closing line of `gsz standard lint`: "встроенный стандарт: 10 файлов, замечаний: 0".
    public static func lintSummary(of name: String?, files: Int, problems: Int, in language: Language) -> String {
        let standard = name ?? Label.builtinStandard.text(in: language)
        let counted: String = switch language {
        case .ru: "замечаний: \(problems)"
        case .kk: "ескертулер: \(problems)"
        case .en: "\(problems) \(problems == 1 ? "problem" : "problems")"
        }
        return "\(standard): \(Self.files(files, in: language)), \(counted)"
    }

    /// The closing line of `gsz standard test`: "129 примеров, не прошли: 0".
    public static func exampleSummary(examples: Int, failed: Int, in language: Language) -> String {
        let nouns = NounForms(ru: ("пример", "примера", "примеров"), kk: "мысал", en: ("example", "examples"))
        let run = "\(examples) \(nouns.form(for: Double(examples), in: language))"
        return switch language {
        case .ru: "\(run), не прошли: \(failed)"
        case .kk: "\(run), өтпегені: \(failed)"
        case .en: "\(run), \(failed) failed"
        }
    }

    /// "3 файла", "1 file": a count of files.
    public static func files(_ count: Int, in language: Language) -> String {
        let nouns = NounForms(ru: ("файл", "файла", "файлов"), kk: "файл", en: ("file", "files"))
        return "\(count) \(nouns.form(for: Double(count), in: language))"
    }
}
