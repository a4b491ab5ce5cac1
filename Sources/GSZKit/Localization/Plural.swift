/// Noun forms after a number, per language.
///
/// Russian agrees the noun with the number (1 участник, 2 участника, 5 участников);
/// Kazakh keeps the singular after numerals (5 қатысушы); English has one and other.
public struct NounForms: Hashable, Sendable {
    let ru: (one: String, few: String, many: String)
    let kk: String
    let en: (one: String, other: String)

    /// Forms for Russian (1, 2–4, 5+), Kazakh and English (1, other).
    public init(ru: (String, String, String), kk: String, en: (String, String)) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The form that follows `count` in `language`.
    public func form(for count: Double, in language: Language) -> String {
        let whole = count.rounded() == count && abs(count) < 1e15
        switch language {
        case .kk:
            return kk
        case .en:
            return whole && abs(count) == 1 ? en.one : en.other
        case .ru:
            // Fractions take the genitive singular: 1,5 года.
            guard whole else { return ru.few }
            let n = abs(count).saturatingInt
            if n % 10 == 1 && n % 100 != 11 { return ru.one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return ru.few }
            return ru.many
        }
    }

    public static func == (lhs: NounForms, rhs: NounForms) -> Bool {
        lhs.ru == rhs.ru && lhs.kk == rhs.kk && lhs.en == rhs.en
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kk)
        hasher.combine(en.other)
    }
}
