/// The words of `gsz summary` and of the HTML page's index, in Russian.
extension RussianCatalogue {
    func filingWord(_ word: FilingWording) -> String {
        switch word {
        case .body: "Орган"
        case .date: "Дата"
        case .period: "Отчётный период"
        case .duplicates: "Учтены один раз (повторы)"
        case .preparedBy: "Составил"
        case .approvedBy: "Утвердил"
        case .signature: "подпись, Ф.И.О., должность"
        case .page: "Страница"
        }
    }

    func indexWord(_ word: IndexWording) -> String {
        switch word {
        case .files: "Файлы"
        case .legend: "Пороги: «12 → 35» — минимальный уровень от 12, максимальный от 35; «≥ 2» — не менее 2; «≤ 4» — не более 4."
        case .whatToFix: "Что исправить"
        case .nothingToFix: "Исправлять нечего: отчёт проходит"
        }
    }

    func columnWord(_ word: ColumnWord) -> String {
        switch word {
        case .services: "Услуг"
        case .participants: "Участн."
        case .satisfaction: "Удовл."
        case .stories: "Истор."
        }
    }

    func verdictAbbreviation(_ verdict: Verdict) -> String {
        switch verdict {
        case .maximal: "Макс."
        case .minimal: "Мин."
        case .incomplete: "Неполн."
        case .noncompliant: "Несоотв."
        case .compliant: "Соотв."
        case .notAssessed: "Не оцен."
        case .error: "Ошибка"
        }
    }

    func halfYear(_ half: Int, year: Int) -> String { "\(half)-е полугодие \(year) г." }

    func duplicateReport(path: String, first: String, sameContent: Bool) -> String {
        sameContent
            ? "\(path) повторяет \(first) (то же содержимое); учтён один раз"
            : "\(path) повторяет \(first) (та же НПО, договор и период); учтён один раз"
    }
}
