/// What the competition rules need from a working-day calendar: the two counts the deck's
/// deadlines are written in.
///
/// The rules are written against this protocol, not a calendar type, so the calendar that
/// answers is one line to change and tests can hand in a small one of their own.
public protocol WorkingDayCounting: Sendable {
    /// The `count`-th working day after `date`, `date` itself not counted; `nil` when that
    /// needs a year the calendar does not cover (`uncoveredYear` says which).
    func workingDay(_ count: Int, after date: CalendarDate) -> CalendarDate?

    /// The working days from `from` to `to`, both counted; `nil` when a year between them
    /// is not covered.
    func workingDays(from: CalendarDate, to: CalendarDate) -> Int?

    /// The first year a count from `date` (forward to `until` when given) needs and the
    /// calendar does not cover, for the error that names it.
    func uncoveredYear(from date: CalendarDate, until: CalendarDate?) -> Int?
}
