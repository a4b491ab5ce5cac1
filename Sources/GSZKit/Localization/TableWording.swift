/// The few words `gsz standard show` puts around a standard's own names, in each language.
enum TableWording {
    case minimalMaximal
    case atLeast
    case atMost
    case noThresholds
    case source
    case version

    /// The words in `language`.
    func text(in language: Language) -> String {
        let words = switch self {
        case .minimalMaximal: LocalizedText(ru: "мин. / макс.", kk: "ең аз / ең көп", en: "min / max")
        case .atLeast: LocalizedText(ru: "не менее", kk: "кемінде", en: "at least")
        case .atMost: LocalizedText(ru: "не более", kk: "артық емес", en: "at most")
        case .noThresholds: LocalizedText(ru: "Порогов нет, услуги не оцениваются", kk: "Шектер жоқ, қызметтер бағаланбайды",
                                          en: "No thresholds; services are not assessed")
        case .source: LocalizedText(ru: "Источник", kk: "Дереккөз", en: "Source")
        case .version: LocalizedText(ru: "версия", kk: "нұсқа", en: "version")
        }
        return words[language]
    }

    /// How a column's cells are read: "min / max", "at least", "at most".
    static func check(_ check: CheckKind, in language: Language) -> String {
        switch check {
        case .graded: TableWording.minimalMaximal.text(in: language)
        case .atLeast: TableWording.atLeast.text(in: language)
        case .atMost: TableWording.atMost.text(in: language)
        }
    }
}
