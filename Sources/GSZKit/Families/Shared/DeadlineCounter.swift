import GSZYAML

/// Counts working days for one document's rules, turning a year the calendar does not cover
/// into an input error at the date that needed it (contract §8), recorded once per field, and
/// a count over a provisional year (2027) into a warning at the first date that needed it.
struct DeadlineCounter {
    let calendar: any WorkingDayCounting
    let path: String
    private(set) var errors: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []

    init(calendar: any WorkingDayCounting, path: String) {
        self.calendar = calendar
        self.path = path
    }

    /// The `count`-th working day after `date`, or `nil` after recording the error at `date`'s field.
    mutating func workingDay(_ count: Int, after date: Placed<CalendarDate>, field: String) -> CalendarDate? {
        let calendar = calendar
        let day = record(field: field, at: date.location) { () throws(UncoveredYear) in try calendar.workingDay(count, after: date.value) }
        if let day { noteProvisional(from: date.value, to: day, field: field, at: date.location) }
        return day
    }

    /// Working days after `from` up to `to`, `to` counted and `from` not; 0 when `to` is not after `from`.
    mutating func workingDays(after from: CalendarDate, through to: CalendarDate, field: String, at location: SourceLocation) -> Int? {
        guard let start = from.adding(days: 1), start <= to else { return 0 }
        return workingDays(from: start, to: to, field: field, at: location)
    }

    /// Working days from `from` to `to`, both counted, or `nil` after recording the error at `location`.
    mutating func workingDays(from: CalendarDate, to: CalendarDate, field: String, at location: SourceLocation) -> Int? {
        let calendar = calendar
        let days = record(field: field, at: location) { () throws(UncoveredYear) in try calendar.workingDays(from: from, to: to) }
        if days != nil { noteProvisional(from: from, to: to, field: field, at: location) }
        return days
    }

    /// The `count`-th working day after `date` when the calendar has it; `nil` quietly otherwise,
    /// for a due date shown beside a rule that lacks its input and so enters no count.
    func workingDayIfCovered(_ count: Int, after date: CalendarDate) -> CalendarDate? {
        try? calendar.workingDay(count, after: date)
    }

    /// A warning for each provisional year from `from` to `to`, the first time a count needs it.
    private mutating func noteProvisional(from: CalendarDate, to: CalendarDate, field: String, at location: SourceLocation) {
        for year in calendar.provisionalYears(from: from, to: to) where !warnings.contains(where: { $0.message.isProvisional(year) }) {
            warnings.append(.warning(.provisionalCalendar(field: field, year: year), path: path, at: location))
        }
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

extension Message {
    /// Whether this is the warning that `year`'s calendar is provisional: a document names each
    /// provisional year once, whichever count reached it first.
    func isProvisional(_ year: Int) -> Bool {
        if case .provisionalCalendar(_, year) = self { true } else { false }
    }
}
