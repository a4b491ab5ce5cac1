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

    /// The noun after a number of this unit; `nil` for a percentage, written "85%".
    var noun: CountedNoun? {
        switch self {
        case .percent: nil
        case .people: .participant
        case .stories: .successStory
        case .hours: .hour
        case .days: .day
        case .years: .year
        case .respondents: .respondent
        }
    }

    /// The noun after `count` of this unit: "участника", "hours", "%".
    func noun(after count: Double, in language: Language) -> String {
        noun?.form(after: count, in: language) ?? "%"
    }

    /// `12 участников`, `85%`, `2 hours`; with as many decimals as keep the number inside
    /// `span` (`NumberText.short(_:within:in:)`).
    public func amount(_ value: Double, within span: ValueSpan = .any, in language: Language) -> String {
        let number = NumberText.short(value, within: span, in: language)
        return self == .percent ? number + "%" : number + " " + noun(after: value, in: language)
    }
}
