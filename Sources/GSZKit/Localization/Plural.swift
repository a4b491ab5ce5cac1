/// A noun's forms in each language, for the sentences still given in every language at once
/// next to their rule (the monitoring log's). The rule that picks a form is each catalogue's;
/// every other noun gsz counts is a `CountedNoun`, worded in the catalogues.
struct NounForms: Sendable {
    let ru: (one: String, few: String, many: String)
    let kk: String
    let en: (one: String, other: String)

    /// Forms for Russian (1, 2–4, 5+), Kazakh and English (1, other).
    init(ru: (String, String, String), kk: String, en: (String, String)) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The form that follows `count` in `language`, by that language's rule.
    func form(for count: Double, in language: Language) -> String {
        switch language {
        case .ru: RussianCatalogue.agree(count, ru.one, ru.few, ru.many)
        case .kk: kk
        case .en: EnglishCatalogue.agree(count, en.one, en.other)
        }
    }
}
