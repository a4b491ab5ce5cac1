/// A year the calendar does not cover: a working-day count that needs it cannot be made,
/// and gsz never guesses.
public struct UncoveredYear: Error, Sendable, Hashable {
    /// The year needed.
    public let year: Int

    /// The failure for `year`.
    public init(year: Int) { self.year = year }
}

/// Kazakhstan's working days over the years the calendar files cover.
///
/// A working day is a Monday to Friday that is not a day off, or a Saturday or Sunday an
/// order makes a working day (contract §8). Every query that touches a date outside the
/// covered years throws `UncoveredYear` naming the first such year it needed.
public struct WorkingCalendar: Sendable {
    /// The covered years, in order.
    public let years: [CalendarYear]
    private let covered: Set<Int>
    private let special: [Int: CalendarDay]

    /// The calendar of `years` (each year once).
    public init(years: [CalendarYear]) {
        self.years = years.sorted { $0.year < $1.year }
        covered = Set(years.map(\.year))
        special = DaysOffRule.specialDays(of: years)
    }

    /// A calendar that covers no year.
    public static let empty = WorkingCalendar(years: [])

    /// The declared year `year`, if covered.
    public func year(_ year: Int) -> CalendarYear? { years.first { $0.year == year } }

    /// Whether `year` is covered.
    func covers(_ year: Int) -> Bool { covered.contains(year) }

    /// The years marked provisional that a count from `from` to `to` reads, in order: output
    /// says so (contract §8), since their holidays and transfers may still change.
    public func provisionalYears(from: CalendarDate, to: CalendarDate) -> [Int] {
        (min(from.year, to.year)...max(from.year, to.year)).filter { year($0)?.provisional == true }
    }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CalendarDate) throws(UncoveredYear) -> Bool {
        guard covered.contains(date.year) else { throw UncoveredYear(year: date.year) }
        return isWorking(date.dayNumber, weekend: date.weekday.isWeekend)
    }

    /// The `count`-th working day after `date`, `date` itself not counted ("within N
    /// working days after D" ends on it). `count` 0 gives `date`.
    public func workingDay(_ count: Int, after date: CalendarDate) throws(UncoveredYear) -> CalendarDate {
        var current = date
        var remaining = count
        while remaining > 0 {
            guard let next = current.adding(days: 1) else { throw UncoveredYear(year: current.year + 1) }
            current = next
            if try isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The working days from `from` to `to`, both counted; 0 when `from` is after `to`.
    public func workingDays(from: CalendarDate, to: CalendarDate) throws(UncoveredYear) -> Int {
        guard from <= to else { return 0 }
        for year in from.year...to.year where !covered.contains(year) { throw UncoveredYear(year: year) }
        var count = 0
        for dayNumber in from.dayNumber...to.dayNumber {
            // Weekday from the day number directly: 1970-01-01 was a Thursday (index 3).
            let weekend = ((dayNumber + 3) % 7 + 7) % 7 >= 5
            if isWorking(dayNumber, weekend: weekend) { count += 1 }
        }
        return count
    }

    /// The days of `year` that are not ordinary (holidays, moved days off, transfers), in
    /// date order, each with why.
    public func specialDays(of year: Int) throws(UncoveredYear) -> [CalendarDay] {
        guard covered.contains(year) else { throw UncoveredYear(year: year) }
        return special.values.filter { $0.date.year == year }.sorted { $0.date < $1.date }
    }

    /// The working days of `year`.
    public func workingDays(in year: Int) throws(UncoveredYear) -> Int {
        guard let first = CalendarDate(year: year, month: 1, day: 1),
              let last = CalendarDate(year: year, month: 12, day: 31) else { throw UncoveredYear(year: year) }
        return try workingDays(from: first, to: last)
    }

    private func isWorking(_ dayNumber: Int, weekend: Bool) -> Bool {
        guard let day = special[dayNumber] else { return !weekend }
        return !day.isDayOff
    }
}
