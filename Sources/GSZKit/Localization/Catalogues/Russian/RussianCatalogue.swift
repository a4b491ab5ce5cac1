import GSZWorkbook

/// Everything gsz says in Russian: each table's words, side by side in this folder.
struct RussianCatalogue: Catalogue {
    func message(_ message: Message) -> String { message.russian }

    func explanation(_ code: DiagnosticCode) -> (meaning: String, fix: String) { code.russian }

    func workbookProblem(_ problem: WorkbookProblem) -> String { problem.russian }

    func competitionProblem(_ problem: CompetitionProblem) -> String { problem.russian }

    func levelName(_ level: IndicatorLevel) -> String {
        switch level {
        case .missing: "нет данных"
        case .noncompliant: "не соответствует"
        case .meets: "соответствует"
        case .minimal: "минимальный"
        case .maximal: "максимальный"
        }
    }

    func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .error: "ошибка"
        case .noncompliant: "не соответствует"
        case .incomplete: "неполный"
        case .minimal: "минимальный"
        case .maximal: "максимальный"
        case .compliant: "соответствует"
        case .notAssessed: "не оценивается"
        }
    }

    func label(_ label: Label) -> String {
        switch label {
        case .bin: "БИН"
        case .total: "Итого"
        case .file: "Файл"
        case .service: "Услуга"
        case .indicator: "Показатель"
        case .value: "Значение"
        case .threshold: "Пороги"
        case .level: "Уровень"
        case .verdict: "Вердикт"
        case .hint: "Что сделать"
        case .ngo: "НПО"
        case .project: "Проект"
        case .form: "Форма"
        case .kind: "Вид"
        case .warnings: "Предупреждения"
        case .errors: "Ошибки"
        case .notChecked: "Не удалось проверить"
        case .participants: "Участники"
        case .meanSatisfaction: "Средняя удовлетворённость"
        case .successStories: "Истории успеха"
        case .services: "Услуги"
        case .period: "Период"
        case .version: "версия"
        case .reportCheck: "Проверка отчётов"
        case .noThresholds: "Стандарт не устанавливает пороговых значений для этой услуги"
        case .monitoringSummary: "Сводка для мониторинга"
        case .checked: "Проверено"
        case .line: "Строка"
        case .firstError: "Первая ошибка"
        case .builtinStandard: "встроенный стандарт"
        case .rulesApplied: "Правил проверено"
        case .rulesBroken: "нарушено"
        case .documents: "Документы процесса ГСЗ"
        }
    }

    func place(line: Int, column: Int) -> String { "строка \(line), столбец \(column)" }

    func lintProblems(_ count: Int) -> String { "замечаний: \(count)" }

    func exampleSummary(run: String, failed: Int) -> String { "\(run), не прошли: \(failed)" }

    func tableWord(_ word: TableWording) -> String {
        switch word {
        case .minimalMaximal: "мин. / макс."
        case .atLeast: "не менее"
        case .atMost: "не более"
        case .noThresholds: "Порогов нет, услуги не оцениваются"
        case .source: "Источник"
        case .version: "версия"
        }
    }

    func codeWord(_ word: CodeWording) -> String {
        switch word {
        case .example: "Пример"
        case .fix: "Как исправить"
        }
    }
}
