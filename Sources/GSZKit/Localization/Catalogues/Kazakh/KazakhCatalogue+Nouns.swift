/// The nouns gsz counts in Kazakh.
extension KazakhCatalogue {
    /// Kazakh keeps the singular after a numeral (5 қатысушы), whatever the count.
    func noun(_ noun: CountedNoun, count _: Double) -> String {
        switch noun {
        case .participant: "қатысушы"
        case .successStory: "табыс тарихы"
        case .hour: "сағат"
        case .day: "күн"
        case .year: "жыл"
        case .respondent: "респондент"
        case .workingDay: "жұмыс күні"
        case .dayOff: "демалыс күні"
        case .example: "мысал"
        case .file: "файл"
        case .person: "адам"
        case .member: "мүше"
        case .application: "өтінім"
        case .visit: "бару"
        }
    }
}
