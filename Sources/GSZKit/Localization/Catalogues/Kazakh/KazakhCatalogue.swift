import GSZWorkbook

/// Everything gsz says in Kazakh: each table's words, side by side in this folder.
struct KazakhCatalogue: Catalogue {
    func message(_ message: Message) -> String { message.kazakh }

    func explanation(_ code: DiagnosticCode) -> (meaning: String, fix: String) { code.kazakh }

    func workbookProblem(_ problem: WorkbookProblem) -> String { problem.kazakh }

    func competitionProblem(_ problem: CompetitionProblem) -> String { problem.kazakh }

    func levelName(_ level: IndicatorLevel) -> String {
        switch level {
        case .missing: "дерек жоқ"
        case .noncompliant: "сәйкес емес"
        case .meets: "сәйкес"
        case .minimal: "минималды"
        case .maximal: "максималды"
        }
    }

    func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .error: "қате"
        case .noncompliant: "сәйкес емес"
        case .incomplete: "толық емес"
        case .minimal: "минималды"
        case .maximal: "максималды"
        case .compliant: "сәйкес"
        case .notAssessed: "бағаланбайды"
        }
    }

    func label(_ label: Label) -> String {
        switch label {
        case .bin: "БСН"
        case .total: "Барлығы"
        case .file: "Файл"
        case .service: "Қызмет"
        case .indicator: "Көрсеткіш"
        case .value: "Мәні"
        case .threshold: "Шектер"
        case .level: "Деңгей"
        case .verdict: "Қорытынды"
        case .hint: "Не істеу керек"
        case .ngo: "ҮЕҰ"
        case .project: "Жоба"
        case .form: "Нысан"
        case .kind: "Түрі"
        case .warnings: "Ескертулер"
        case .errors: "Қателер"
        case .notChecked: "Тексеру мүмкін болмады"
        case .participants: "Қатысушылар"
        case .meanSatisfaction: "Орташа қанағаттану"
        case .successStories: "Табыс тарихтары"
        case .services: "Қызметтер"
        case .period: "Кезең"
        case .version: "нұсқа"
        case .reportCheck: "Есептерді тексеру"
        case .noThresholds: "Стандарт бұл қызмет үшін шекті мәндерді белгілемейді"
        case .monitoringSummary: "Мониторингке арналған жиынтық"
        case .checked: "Тексерілді"
        case .line: "Жол"
        case .firstError: "Алғашқы қате"
        case .builtinStandard: "кірістірілген стандарт"
        case .rulesApplied: "Тексерілген ережелер"
        case .rulesBroken: "бұзылғаны"
        case .documents: "МӘТ процесінің құжаттары"
        }
    }

    func place(line: Int, column: Int) -> String { "\(line)-жол, \(column)-баған" }

    func lintProblems(_ count: Int) -> String { "ескертулер: \(count)" }

    func exampleSummary(run: String, failed: Int) -> String { "\(run), өтпегені: \(failed)" }

    func tableWord(_ word: TableWording) -> String {
        switch word {
        case .minimalMaximal: "ең аз / ең көп"
        case .atLeast: "кемінде"
        case .atMost: "артық емес"
        case .noThresholds: "Шектер жоқ, қызметтер бағаланбайды"
        case .source: "Дереккөз"
        case .version: "нұсқа"
        }
    }

    func codeWord(_ word: CodeWording) -> String {
        switch word {
        case .example: "Мысал"
        case .fix: "Қалай түзету керек"
        }
    }
}
