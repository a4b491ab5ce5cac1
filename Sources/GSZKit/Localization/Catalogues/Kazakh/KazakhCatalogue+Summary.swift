/// The words of `gsz summary` and of the HTML page's index, in Kazakh.
extension KazakhCatalogue {
    func filingWord(_ word: FilingWording) -> String {
        switch word {
        case .body: "Орган"
        case .date: "Күні"
        case .period: "Есептік кезең"
        case .duplicates: "Бір рет есептелді (қайталанғандар)"
        case .preparedBy: "Құрастырған"
        case .approvedBy: "Бекіткен"
        case .signature: "қолы, аты-жөні, лауазымы"
        case .page: "Бет"
        }
    }

    func indexWord(_ word: IndexWording) -> String {
        switch word {
        case .files: "Файлдар"
        case .legend: "Шектер: «12 → 35» — минималды деңгей 12-ден, максималды 35-тен; «≥ 2» — кемінде 2; «≤ 4» — көп дегенде 4."
        case .whatToFix: "Нені түзету керек"
        case .nothingToFix: "Түзететін ештеңе жоқ: есеп өтеді"
        }
    }

    func columnWord(_ word: ColumnWord) -> String {
        switch word {
        case .services: "Қызмет"
        case .participants: "Қатыс."
        case .satisfaction: "Қанағ."
        case .stories: "Тарих."
        }
    }

    func verdictAbbreviation(_ verdict: Verdict) -> String {
        switch verdict {
        case .maximal: "Макс."
        case .minimal: "Мин."
        case .incomplete: "Толықсыз"
        case .noncompliant: "Сәйкессіз"
        case .compliant: "Сәйкес"
        case .notAssessed: "Бағасыз"
        case .error: "Қате"
        }
    }

    func halfYear(_ half: Int, year: Int) -> String { "\(year) ж. \(half)-жартыжылдық" }

    func duplicateReport(path: String, first: String, sameContent: Bool) -> String {
        sameContent
            ? "\(path) \(first) файлын қайталайды (мазмұны бірдей); бір рет есептелді"
            : "\(path) \(first) файлын қайталайды (ҮЕҰ, шарт және кезең бірдей); бір рет есептелді"
    }
}
