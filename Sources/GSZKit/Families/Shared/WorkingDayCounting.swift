/// What the rules' deadlines need from a working-day calendar: the two counts the deck's
/// deadlines are written in, and which years of a count are provisional.
///
/// The rules (through `DeadlineCounter`) are written against this protocol, not a calendar
/// type, so tests can hand in a calendar of their own; gsz itself counts on
/// `WorkingCalendar`, the standard's one.
public protocol WorkingDayCounting: Sendable {
    /// The `count`-th working day after `date`, `date` itself not counted.
    func workingDay(_ count: Int, after date: CalendarDate) throws(UncoveredYear) -> CalendarDate

    /// The working days from `from` to `to`, both counted.
    func workingDays(from: CalendarDate, to: CalendarDate) throws(UncoveredYear) -> Int

    /// The years between `from` and `to` whose calendar is provisional, which output names.
    func provisionalYears(from: CalendarDate, to: CalendarDate) -> [Int]
}

extension WorkingCalendar: WorkingDayCounting {}
