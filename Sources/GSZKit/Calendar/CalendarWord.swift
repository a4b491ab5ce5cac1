/// A word of `gsz calendar`'s table; each catalogue words it.
enum CalendarWord: CaseIterable, Sendable {
    /// The mark of a year whose calendar is an estimate.
    case provisional
    /// The heading over the sources of the calendar.
    case sources
    /// The column of dates.
    case date
    /// The column of weekdays.
    case weekday
    /// The column saying whether the day is worked.
    case day
    /// The column of why the day is special.
    case why
    /// A day off, in the day column.
    case dayOff
    /// A working day, in the day column.
    case working

    /// The word in `language`.
    func text(in language: Language) -> String {
        language.catalogue.calendarWord(self)
    }
}

/// A sentence of `gsz calendar` and of the counts made on the calendar, with its values;
/// each catalogue words it.
enum CalendarSentence: Sendable {
    /// The heading: the year, its provisional mark (with its brackets, or empty) and its counts.
    case heading(year: Int, mark: String, counts: String)
    /// A count used the provisional calendars of `years` (a list already joined).
    case provisionalNote(years: String)
    /// A holiday on a weekend whose day off moves to `movedTo`.
    case holidayMoved(name: String, weekday: String, movedTo: CalendarDate)
    /// A holiday on a weekend whose day off does not move.
    case holidayNotMoved(name: String)
    /// The day off given for the holiday `name` on `date`.
    case substitute(date: CalendarDate, name: String)
    /// A day off by a transfer from the working day `worked`.
    case transferredOff(worked: CalendarDate, order: String)
    /// A working day by a transfer, the day off being `off`.
    case transferredWorking(off: CalendarDate, order: String)

    /// The sentence in `language`.
    func text(in language: Language) -> String {
        language.catalogue.calendarSentence(self)
    }
}
