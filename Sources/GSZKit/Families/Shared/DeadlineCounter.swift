import GSZYAML

/// Counts working days for one document's rules, turning a year the calendar does not cover
/// into an input error at the date that needed it (contract §8), recorded once per field.
struct DeadlineCounter {
    let calendar: WorkingCalendar
    let path: String
    private(set) var errors: [Diagnostic] = []

    init(calendar: WorkingCalendar, path: String) {
        self.calendar = calendar
        self.path = path
    }

    /// The `count`-th working day after `date`, or `nil` after recording the error at `date`'s field.
    mutating func workingDay(_ count: Int, after date: Placed<CalendarDate>, field: String) -> CalendarDate? {
        let calendar = calendar
        return record(field: field, at: date.location) { () throws(UncoveredYear) in try calendar.workingDay(count, after: date.value) }
    }

    /// Working days after `from` up to `to`, `to` counted and `from` not; 0 when `to` is not after `from`.
    mutating func workingDays(after from: CalendarDate, through to: CalendarDate, field: String, at location: SourceLocation) -> Int? {
        guard let start = from.adding(days: 1), start <= to else { return 0 }
        let calendar = calendar
        return record(field: field, at: location) { () throws(UncoveredYear) in try calendar.workingDays(from: start, to: to) }
    }

    /// The `count`-th working day after `date` when the calendar has it; `nil` quietly otherwise,
    /// for a due date shown beside a rule that lacks its input and so enters no count.
    func workingDayIfCovered(_ count: Int, after date: CalendarDate) -> CalendarDate? {
        try? calendar.workingDay(count, after: date)
    }

    private mutating func record<T>(field: String, at location: SourceLocation, _ body: () throws(UncoveredYear) -> T) -> T? {
        do {
            return try body()
        } catch {
            let diagnostic = Diagnostic.error(.calendarNotCovered(field: field, year: error.year), path: path, at: location)
            if !errors.contains(diagnostic) { errors.append(diagnostic) }
            return nil
        }
    }
}
