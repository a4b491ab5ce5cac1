/// The calendar's sentences (each catalogue words them): why a day is off, the year's totals.
public enum CalendarWording {
    /// "247 рабочих дней", "10 working days".
    public static func workingDays(_ count: Int, in language: Language) -> String {
        CountedNoun.workingDay.counted(count, in: language)
    }

    /// "118 выходных дней", "1 day off".
    public static func daysOff(_ count: Int, in language: Language) -> String {
        CountedNoun.dayOff.counted(count, in: language)
    }

    /// The heading of `gsz calendar YEAR`.
    public static func heading(year: Int, working: Int, off: Int, provisional: Bool, in language: Language) -> String {
        let counts = workingDays(working, in: language) + ", " + daysOff(off, in: language)
        let mark = provisional ? " (" + provisionalMark(in: language) + ")" : ""
        return CalendarSentence.heading(year: year, mark: mark, counts: counts).text(in: language)
    }

    /// "предварительный": the year's calendar is an estimate.
    public static func provisionalMark(in language: Language) -> String {
        CalendarWord.provisional.text(in: language)
    }

    /// A note that a count used a provisional year.
    public static func provisionalNote(years: [Int], in language: Language) -> String {
        let list = years.map(String.init).joined(separator: ", ")
        return CalendarSentence.provisionalNote(years: list).text(in: language)
    }

    /// "Источники", "Sources".
    public static func sources(in language: Language) -> String {
        CalendarWord.sources.text(in: language)
    }

    /// Column headings: date, weekday, the day, why.
    public static func columns(in language: Language) -> [String] {
        [CalendarWord.date, .weekday, .day, .why].map { $0.text(in: language) }
    }

    /// "выходной" or "рабочий".
    public static func status(dayOff: Bool, in language: Language) -> String {
        (dayOff ? CalendarWord.dayOff : .working).text(in: language)
    }

    /// Why the day is special, as one sentence.
    public static func why(_ day: CalendarDay, in language: Language) -> String {
        switch day.reason {
        case .holiday(let holiday, let movedTo?):
            let weekday = day.date.weekday.short(in: language)
            return CalendarSentence.holidayMoved(name: holiday.name[language], weekday: weekday, movedTo: movedTo).text(in: language)
        case .holiday(let holiday, nil) where day.date.weekday.isWeekend && !holiday.substitution:
            return CalendarSentence.holidayNotMoved(name: holiday.name[language]).text(in: language)
        case .holiday(let holiday, nil):
            return holiday.name[language]
        case .substitute(let holiday):
            return CalendarSentence.substitute(date: holiday.date, name: holiday.name[language]).text(in: language)
        case .transferredOff(let transfer):
            return CalendarSentence.transferredOff(worked: transfer.worked, order: transfer.order).text(in: language)
        case .transferredWorking(let transfer):
            return CalendarSentence.transferredWorking(off: transfer.off, order: transfer.order).text(in: language)
        }
    }
}
