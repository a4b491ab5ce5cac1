import GSZYAML

/// A state body's monitoring log, as read from its document (contract §11): the projects
/// with their visits, and the semiannual reports to the authorized body.
struct MonitoringLog: Sendable {
    /// A social project under monitoring.
    public struct Project: Sendable {
        /// Its id, unique in the log.
        public let id: String
        /// The project's term.
        public let period: DateSpan
        /// The days monitoring was carried out, in document order.
        public let visits: [Placed<CalendarDate>]
        /// Where the project starts.
        public let location: SourceLocation
    }

    /// A semiannual report to the authorized body.
    public struct Report: Sendable {
        /// 1 for January–June, 2 for July–December.
        public let half: Int
        /// The year reported on.
        public let year: Int
        /// When it was submitted, where given.
        public let submitted: Placed<CalendarDate>?
        /// Where the report starts.
        public let location: SourceLocation
    }

    /// The state body, where given.
    public let body: String?
    /// The day the log is judged on.
    public let asOf: Placed<CalendarDate>
    /// The projects, in document order.
    public let projects: [Project]
    /// The reports, in document order.
    public let reports: [Report]
    /// Where `monitoring:` starts.
    public let location: SourceLocation
}
