/// The calendar's sentences in each language: why a day is off, the year's totals.
public enum CalendarWording {
    static let workingDayNouns = NounForms(ru: ("рабочий день", "рабочих дня", "рабочих дней"), kk: "жұмыс күні",
                                           en: ("working day", "working days"))
    static let dayOffNouns = NounForms(ru: ("выходной день", "выходных дня", "выходных дней"), kk: "демалыс күні",
                                       en: ("day off", "days off"))

    /// "247 рабочих дней", "10 working days".
    public static func workingDays(_ count: Int, in language: Language) -> String {
        "\(count) \(workingDayNouns.form(for: Double(count), in: language))"
    }

    /// "118 выходных дней", "1 day off".
    public static func daysOff(_ count: Int, in language: Language) -> String {
        "\(count) \(dayOffNouns.form(for: Double(count), in: language))"
    }

    /// The heading of `gsz calendar YEAR`.
    public static func heading(year: Int, working: Int, off: Int, provisional: Bool, in language: Language) -> String {
        let counts = workingDays(working, in: language) + ", " + daysOff(off, in: language)
        let mark = provisional ? " (" + provisionalMark(in: language) + ")" : ""
        return switch language {
        case .ru: "Производственный календарь Казахстана на \(year) год\(mark): \(counts)"
        case .kk: "Қазақстанның \(year) жылғы өндірістік күнтізбесі\(mark): \(counts)"
        case .en: "Working-day calendar of Kazakhstan, \(year)\(mark): \(counts)"
        }
    }

    /// "предварительный": the year's calendar is an estimate.
    public static func provisionalMark(in language: Language) -> String {
        switch language {
        case .ru: "предварительный"
        case .kk: "алдын ала"
        case .en: "provisional"
        }
    }

    /// A note that a count used a provisional year.
    public static func provisionalNote(years: [Int], in language: Language) -> String {
        let list = years.map(String.init).joined(separator: ", ")
        return switch language {
        case .ru: "календарь на \(list) год предварительный: даты праздников и переносы могут измениться"
        case .kk: "\(list) жылғы күнтізбе алдын ала: мереке күндері мен ауыстырулар өзгеруі мүмкін"
        case .en: "the calendar of \(list) is provisional: holiday dates and transfers may change"
        }
    }

    /// "Источники", "Sources".
    public static func sources(in language: Language) -> String {
        switch language {
        case .ru: "Источники"
        case .kk: "Дереккөздер"
        case .en: "Sources"
        }
    }

    /// Column headings: date, weekday, the day, why.
    public static func columns(in language: Language) -> [String] {
        switch language {
        case .ru: ["Дата", "День недели", "День", "Причина"]
        case .kk: ["Күні", "Апта күні", "Күн", "Себебі"]
        case .en: ["Date", "Weekday", "Day", "Why"]
        }
    }

    /// "выходной" or "рабочий".
    public static func status(dayOff: Bool, in language: Language) -> String {
        switch (language, dayOff) {
        case (.ru, true): "выходной"
        case (.ru, false): "рабочий"
        case (.kk, true): "демалыс"
        case (.kk, false): "жұмыс күні"
        case (.en, true): "day off"
        case (.en, false): "working"
        }
    }

    /// Why the day is special, as one sentence.
    public static func why(_ day: CalendarDay, in language: Language) -> String {
        switch day.reason {
        case .holiday(let holiday, let movedTo?):
            let weekday = day.date.weekday.short(in: language)
            return switch language {
            case .ru: "\(holiday.name[.ru]) (\(weekday)): выходной переносится на \(movedTo)"
            case .kk: "\(holiday.name[.kk]) (\(weekday)): демалыс \(movedTo) күніне ауыстырылады"
            case .en: "\(holiday.name[.en]) (\(weekday)): the day off moves to \(movedTo)"
            }
        case .holiday(let holiday, nil) where day.date.weekday.isWeekend && !holiday.substitution:
            return switch language {
            case .ru: "\(holiday.name[.ru]): в выходной не переносится (ст. 84 п. 5 Трудового кодекса)"
            case .kk: "\(holiday.name[.kk]): демалыс күнге түссе ауыстырылмайды (Еңбек кодексі 84-бап 5-т.)"
            case .en: "\(holiday.name[.en]): not moved off a weekend (Labour Code art. 84 p. 5)"
            }
        case .holiday(let holiday, nil):
            return holiday.name[language]
        case .substitute(let holiday):
            return switch language {
            case .ru: "перенесённый выходной за \(holiday.date) (\(holiday.name[.ru]), ст. 5 Закона о праздниках)"
            case .kk: "\(holiday.date) күнінен ауыстырылған демалыс (\(holiday.name[.kk]), Мерекелер туралы заңның 5-бабы)"
            case .en: "day off moved from \(holiday.date) (\(holiday.name[.en]), art. 5 of the holidays law)"
            }
        case .transferredOff(let transfer):
            return switch language {
            case .ru: "выходной по переносу с \(transfer.worked): \(transfer.order)"
            case .kk: "\(transfer.worked) күнінен ауыстырылған демалыс: \(transfer.order)"
            case .en: "day off by transfer from \(transfer.worked): \(transfer.order)"
            }
        case .transferredWorking(let transfer):
            return switch language {
            case .ru: "рабочий день по переносу, выходной \(transfer.off): \(transfer.order)"
            case .kk: "ауыстыру бойынша жұмыс күні, демалыс \(transfer.off): \(transfer.order)"
            case .en: "working day by transfer, the day off is \(transfer.off): \(transfer.order)"
            }
        }
    }
}
