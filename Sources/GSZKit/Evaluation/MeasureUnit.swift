/// What an indicator's value counts, with the words for it.
public enum MeasureUnit: String, Sendable, CaseIterable {
    /// Share of positive answers, 0–100.
    case percent
    /// Participants of a service.
    case people
    /// Success stories.
    case stories
    /// Hours of instruction.
    case hours
    /// Calendar days.
    case days
    /// Years of experience.
    case years
    /// Feedback respondents.
    case respondents

    /// The noun after a number of this unit.
    public var nouns: NounForms {
        switch self {
        case .percent: NounForms(ru: ("%", "%", "%"), kk: "%", en: ("%", "%"))
        case .people:
            NounForms(ru: ("участник", "участника", "участников"), kk: "қатысушы", en: ("participant", "participants"))
        case .stories:
            NounForms(ru: ("история успеха", "истории успеха", "историй успеха"), kk: "табыс тарихы",
                      en: ("success story", "success stories"))
        case .hours: NounForms(ru: ("час", "часа", "часов"), kk: "сағат", en: ("hour", "hours"))
        case .days: NounForms(ru: ("день", "дня", "дней"), kk: "күн", en: ("day", "days"))
        case .years: NounForms(ru: ("год", "года", "лет"), kk: "жыл", en: ("year", "years"))
        case .respondents:
            NounForms(ru: ("респондент", "респондента", "респондентов"), kk: "респондент",
                      en: ("respondent", "respondents"))
        }
    }

    /// `12 участников`, `85%`, `2 hours`; with as many decimals as keep the number inside
    /// `span` (`NumberText.short(_:within:in:)`).
    public func amount(_ value: Double, within span: ValueSpan = .any, in language: Language) -> String {
        let number = NumberText.short(value, within: span, in: language)
        return self == .percent ? number + "%" : number + " " + nouns.form(for: value, in: language)
    }
}
