/// The nouns gsz counts in Russian, and the rule that agrees a noun with its number.
extension RussianCatalogue {
    func noun(_ noun: CountedNoun, count: Double) -> String {
        let forms: (one: String, few: String, many: String) = switch noun {
        case .participant: ("участник", "участника", "участников")
        case .successStory: ("история успеха", "истории успеха", "историй успеха")
        case .hour: ("час", "часа", "часов")
        case .day: ("день", "дня", "дней")
        case .year: ("год", "года", "лет")
        case .respondent: ("респондент", "респондента", "респондентов")
        case .workingDay: ("рабочий день", "рабочих дня", "рабочих дней")
        case .dayOff: ("выходной день", "выходных дня", "выходных дней")
        case .example: ("пример", "примера", "примеров")
        case .file: ("файл", "файла", "файлов")
        case .person: ("человек", "человека", "человек")
        case .member: ("член", "члена", "членов")
        case .application: ("заявка", "заявки", "заявок")
        case .visit: ("посещение", "посещения", "посещений")
        }
        return Self.agree(count, forms.one, forms.few, forms.many)
    }

    /// The form that follows `count`: `one` after 1, 21, 101; `few` after 2–4, 22–24; `many`
    /// after 0, 5–20, 25, 111. The forms may be of any case the sentence asks for (after
    /// «более» the genitive: 21 уровня, 256 уровней).
    static func agree(_ count: Double, _ one: String, _ few: String, _ many: String) -> String {
        // Fractions take the genitive singular: 1,5 года.
        guard count.rounded() == count && abs(count) < 1e15 else { return few }
        let n = abs(count).saturatingInt
        if n % 10 == 1 && n % 100 != 11 { return one }
        if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return few }
        return many
    }

    /// `count` and the form that follows it: "3 рабочих дня".
    static func counted(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(count) " + agree(Double(count), one, few, many)
    }
}
