/// The nouns gsz counts in English, and the rule that picks the singular or the plural.
extension EnglishCatalogue {
    func noun(_ noun: CountedNoun, count: Double) -> String {
        let forms: (one: String, other: String) = switch noun {
        case .participant: ("participant", "participants")
        case .successStory: ("success story", "success stories")
        case .hour: ("hour", "hours")
        case .day: ("day", "days")
        case .year: ("year", "years")
        case .respondent: ("respondent", "respondents")
        case .workingDay: ("working day", "working days")
        case .dayOff: ("day off", "days off")
        case .example: ("example", "examples")
        case .file: ("file", "files")
        case .person: ("person", "people")
        case .member: ("member", "members")
        case .application: ("application", "applications")
        case .visit: ("visit", "visits")
        }
        return Self.agree(count, forms.one, forms.other)
    }

    /// `one` after exactly 1, `other` after every other count (0, 2, 0.5, 1.5).
    static func agree(_ count: Double, _ one: String, _ other: String) -> String {
        abs(count) == 1 ? one : other
    }
}
