/// What the standard holds besides the services' thresholds: the working-day calendar and
/// the deadlines of the other ГСЗ documents, each from files of its own under `Standards/`
/// (`calendar:`, `calendar_examples:`, `discussion_rules:`, `monitoring_rules:`).
public struct ProcessRules: Sendable {
    /// The working days of the covered years.
    public var calendar: WorkingCalendar = .empty
    /// The calendar's examples, run by `gsz standard test`.
    public var calendarExamples: [CalendarExample] = []
    /// The public discussion's deadlines, when a `discussion_rules:` file gives them.
    public var discussion: DiscussionRules?
    /// The monitoring deadlines, when a `monitoring_rules:` file gives them.
    public var monitoring: MonitoringRules?

    /// Nothing declared.
    public init() {}

    /// The root keys of the files read into these rules; the standard loader keeps such files.
    public static let dataKeys = ["calendar", "calendar_examples", "discussion_rules", "monitoring_rules"]
}

/// The deadlines of a public discussion of planned topics (contract §9).
public struct DiscussionRules: Sendable, Hashable {
    /// The discussion lasts this many working days from `posted` (`discussion.length`).
    public let lengthWorkingDays: Int
    /// Comments are considered within this many working days after `closed` (`discussion.considered`).
    public let consideredWorkingDays: Int
    /// Where the deadlines come from.
    public let source: String?

    /// Rules with every field given.
    public init(lengthWorkingDays: Int, consideredWorkingDays: Int, source: String?) {
        self.lengthWorkingDays = lengthWorkingDays
        self.consideredWorkingDays = consideredWorkingDays
        self.source = source
    }
}

/// The deadlines of monitoring (contract §11).
public struct MonitoringRules: Sendable, Hashable {
    /// A day of the year without its year (5 June).
    public struct DayOfYear: Sendable, Hashable {
        /// The month, 1 to 12.
        public let month: Int
        /// The day of the month.
        public let day: Int

        /// The date in `year`, if it exists there.
        public func date(in year: Int) -> CalendarDate? { CalendarDate(year: year, month: month, day: day) }
    }

    /// Visits each project needs in each calendar quarter (`monitoring.quarterly`).
    public let visitsPerQuarter: Int
    /// The report on the first half-year is due by this day of the same year (`monitoring.report`).
    public let firstHalfDue: DayOfYear
    /// The report on the second half-year is due by this day of the same year.
    public let secondHalfDue: DayOfYear
    /// Where the deadlines come from.
    public let source: String?

    /// Rules with every field given.
    public init(visitsPerQuarter: Int, firstHalfDue: DayOfYear, secondHalfDue: DayOfYear, source: String?) {
        self.visitsPerQuarter = visitsPerQuarter
        self.firstHalfDue = firstHalfDue
        self.secondHalfDue = secondHalfDue
        self.source = source
    }

    /// The due day of half `half` (1 or 2).
    public func due(half: Int, year: Int) -> CalendarDate? {
        (half == 1 ? firstHalfDue : secondHalfDue).date(in: year)
    }
}
