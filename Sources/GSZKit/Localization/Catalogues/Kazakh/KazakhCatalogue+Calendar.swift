/// The words of `gsz calendar` and of the `--require` mark, in Kazakh.
extension KazakhCatalogue {
    func calendarWord(_ word: CalendarWord) -> String {
        switch word {
        case .provisional: "алдын ала"
        case .sources: "Дереккөздер"
        case .date: "Күні"
        case .weekday: "Апта күні"
        case .day: "Күн"
        case .why: "Себебі"
        case .dayOff: "демалыс"
        case .working: "жұмыс күні"
        }
    }

    func calendarSentence(_ sentence: CalendarSentence) -> String {
        switch sentence {
        case .heading(let year, let mark, let counts):
            "Қазақстанның \(year) жылғы өндірістік күнтізбесі\(mark): \(counts)"
        case .provisionalNote(let years):
            "\(years) жылғы күнтізбе алдын ала: мереке күндері мен ауыстырулар өзгеруі мүмкін"
        case .holidayMoved(let name, let weekday, let movedTo):
            "\(name) (\(weekday)): демалыс \(movedTo) күніне ауыстырылады"
        case .holidayNotMoved(let name):
            "\(name): демалыс күнге түссе ауыстырылмайды (Еңбек кодексі 84-бап 5-т.)"
        case .substitute(let date, let name):
            "\(date) күнінен ауыстырылған демалыс (\(name), Мерекелер туралы заңның 5-бабы)"
        case .transferredOff(let worked, let order):
            "\(worked) күнінен ауыстырылған демалыс: \(order)"
        case .transferredWorking(let off, let order):
            "ауыстыру бойынша жұмыс күні, демалыс \(off): \(order)"
        }
    }

    func passWord(_ word: PassWord) -> String {
        switch word {
        case .passes: "өтеді"
        case .fails: "өтпейді"
        case .required: "талап"
        }
    }

    func passCounts(passing: Int, failing: Int) -> String {
        "өтеді: \(passing), өтпейді: \(failing)"
    }

    func weekday(_ day: Weekday) -> String {
        switch day {
        case .monday: "дс"
        case .tuesday: "сс"
        case .wednesday: "ср"
        case .thursday: "бс"
        case .friday: "жм"
        case .saturday: "сб"
        case .sunday: "жс"
        }
    }
}
