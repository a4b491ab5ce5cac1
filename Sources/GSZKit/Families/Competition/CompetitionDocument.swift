public import GSZYAML

/// A grant competition as its file describes it (contract §10), every value with its place.
///
/// Optional fields stay optional here: an absent value makes the rules that need it
/// `missing`, it is not an input error.
public struct CompetitionDocument: Sendable {
    /// The operator running the competition.
    var theOperator: String?
    /// The day the budget the Plan rests on was approved.
    var budgetApproved: Placed<CalendarDate>?
    /// The day the Plan of grants was approved.
    var planApproved: Placed<CalendarDate>?
    /// The announcement, when the file gives one.
    public var announcement: Announcement?
    /// The day the applicant list and conflict-of-interest form went to the experts.
    var expertsNotified: Placed<CalendarDate>?
    /// The commission's evaluation, first and last day.
    public var evaluation: Placed<DateSpan>?
    /// The topics of the Plan, in file order.
    public var topics: [Topic] = []
    /// The commission, members and secretary, in file order; `nil` when not given.
    public var commission: [CommissionEntry]?
    /// The applications, in file order.
    public var applications: [Application] = []
    /// Where `competition:` starts.
    public var location: SourceLocation

    /// The announcement of the competition.
    public struct Announcement: Sendable {
        /// The day it was published.
        public var published: Placed<CalendarDate>?
        /// When applications close.
        public var deadline: Placed<DateTime>?
        /// The documents an application must include; `nil` when not given.
        public var documents: [String]?
        /// The project terms.
        var projectTerms: Placed<DateSpan>?
        /// Where the announcement starts.
        public var location: SourceLocation
    }

    /// One topic of the Plan.
    public struct Topic: Sendable {
        /// The topic's id (`T1`).
        public var id: String
        /// Its title.
        public var title: String?
        /// Where the topic starts.
        public var location: SourceLocation
    }

    /// One person on the commission.
    public struct CommissionEntry: Sendable {
        /// The person's name, as score rows name them.
        public var name: String
        /// Their role.
        public var role: CommissionRole
        /// Who proposed them (members only).
        public var proposedBy: Proposer?
        /// Whether they are an employee of the operator.
        public var operatorStaff: Bool?
        /// The applications they declared a conflict of interest in.
        public var conflicts: [String]
        /// Where the entry starts.
        public var location: SourceLocation

        /// Everyone but the secretary is a member (contract §10).
        var isMember: Bool { role != .secretary }
    }

    /// One application.
    public struct Application: Sendable {
        /// The application's id (`A1`).
        public var id: String
        /// The topic it applies for.
        public var topic: String
        /// The applicant's name.
        public var ngoName: String?
        /// When it was submitted.
        public var submitted: Placed<DateTime>?
        /// The languages it is in, as written; `nil` when not given.
        public var languages: Placed<[String]>?
        /// Whether the applicant is in the Database of NGOs.
        var inNGODatabase: Placed<Bool>?
        /// Whether the operator admitted it (`admitted: true`).
        public var admitted: Bool
        /// The commission's score rows.
        public var scores: [ScoreRow]
        /// Where the application starts.
        public var location: SourceLocation
    }

    /// One commission member's scores for one application.
    public struct ScoreRow: Sendable {
        /// The member's name.
        public var member: String
        /// Each criterion's score by criterion id, as given (a number, maybe not whole).
        public var scores: [String: Placed<Double>]
        /// Where the row starts.
        public var location: SourceLocation
    }
}

/// A role on the commission.
public enum CommissionRole: String, Sendable, CaseIterable {
    /// The chair (председатель).
    case chair
    /// The deputy chair (заместитель председателя).
    case deputy
    /// A member (член комиссии).
    case member
    /// The secretary, who is not a member and does not score.
    case secretary
}

/// Who proposed a member to the commission.
public enum Proposer: String, Sendable, CaseIterable {
    /// The operator.
    case `operator`
    /// A non-governmental organisation.
    case ngo
}

/// A day and, where written, a time of day (Astana time): `2026-03-20 18:00`.
public struct DateTime: Hashable, Sendable, CustomStringConvertible {
    /// The day.
    public let date: CalendarDate
    /// Minutes since midnight, when a time is written.
    public let minutes: Int?

    /// A day with an optional time.
    public init(date: CalendarDate, minutes: Int?) {
        self.date = date
        self.minutes = minutes
    }

    /// Whether this, a submission, is later than `deadline`: by minute where both have a
    /// time, by day alone where the deadline has none; `nil` on the deadline's day when only
    /// the deadline has a time, since that cannot be judged.
    func isLater(than deadline: DateTime) -> Bool? {
        if date != deadline.date { return date > deadline.date }
        guard let limit = deadline.minutes else { return false }
        guard let minutes else { return nil }
        return minutes > limit
    }

    /// `2026-03-20 18:00`, or the day alone.
    public var description: String {
        guard let minutes else { return "\(date)" }
        let hours = minutes / 60, rest = minutes % 60
        return "\(date) \(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }
}
