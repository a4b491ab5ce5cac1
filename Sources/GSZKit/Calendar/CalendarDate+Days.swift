/// Day arithmetic on `CalendarDate`, for counting working days.
extension CalendarDate {
    /// The date `dayNumber` days after 1970-01-01, if it lies within years 1 to 9999.
    public init?(dayNumber: Int) {
        // Howard Hinnant's civil_from_days, the inverse of `dayNumber`.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The day of the week.
    var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday.allCases[index]
    }

    /// The date `days` later (earlier when negative), if it exists.
    public func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// The calendar quarter, 1 to 4.
    public var quarter: Int { (month - 1) / 3 + 1 }
}

/// A day of the week, Monday first as in Kazakhstan.
enum Weekday: String, CaseIterable, Sendable {
    /// Понедельник.
    case monday
    /// Вторник.
    case tuesday
    /// Среда.
    case wednesday
    /// Четверг.
    case thursday
    /// Пятница.
    case friday
    /// Суббота.
    case saturday
    /// Воскресенье.
    case sunday

    /// Saturday or Sunday.
    var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The short name in `language` (`пн`, `дс`, `Mon`).
    public func short(in language: Language) -> String {
        language.catalogue.weekday(self)
    }
}
