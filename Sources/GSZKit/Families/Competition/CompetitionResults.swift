public import GSZYAML

/// One rule of contract §10 applied once (to the competition, or to one application or
/// score row): its level, a sentence a person can act on, and the figures behind it.
public struct CompetitionFinding: Sendable {
    /// The rule.
    public var rule: CompetitionRuleID
    /// `meets`, `noncompliant` or `missing`.
    public var level: IndicatorLevel
    /// What the finding means and, when the rule is not met, what to do.
    public var message: LocalizedText
    /// Where the rule's input is written.
    public var location: SourceLocation?
    /// The application (`A1`) or score row (`A1 Иванова А.`) the finding is about.
    public var item: String?
    /// The deadline, for deadline rules.
    public var due: CalendarDate?
    /// The day it was met or missed, for deadline rules.
    public var actual: CalendarDate?
    /// The count, for count rules.
    public var value: Double?
    /// The count's limit.
    public var limit: Double?

    /// A finding with the figures it has.
    public init(
        _ rule: CompetitionRuleID, _ level: IndicatorLevel, _ message: LocalizedText, at location: SourceLocation?,
        item: String? = nil, due: CalendarDate? = nil, actual: CalendarDate? = nil, value: Double? = nil, limit: Double? = nil
    ) {
        self.rule = rule
        self.level = level
        self.message = message
        self.location = location
        self.item = item
        self.due = due
        self.actual = actual
        self.value = value
        self.limit = limit
    }
}

/// How a topic's competition ended (slide «Конкурсный процесс»).
public enum TopicVerdict: String, Sendable, CaseIterable {
    /// A winner was chosen.
    case held
    /// The competition failed on one of the grounds 1–5.
    case failed
}

/// The outcome of one topic: the ranking, the winner, or the ground it failed on.
public struct TopicResult: Sendable {
    /// The topic's id.
    public var id: String
    /// Its title, where given.
    public var title: String?
    /// Held or failed.
    public var outcome: TopicVerdict
    /// The ground (1–5) it failed on.
    public var ground: Int?
    /// The winning application.
    public var winner: String?
    /// The admitted applications, best first.
    public var ranking: [RankedApplication]
    /// Why the outcome is what it is.
    public var message: LocalizedText
    /// Whether first place is tied (the commission must decide).
    public var tied: Bool
    /// Where the topic is defined.
    public var location: SourceLocation
}

/// An admitted application's place in its topic's ranking.
public struct RankedApplication: Sendable {
    /// The application's id.
    public var id: String
    /// The mean of its members' totals over the score rows that break no rule; `nil` without such rows.
    public var score: Double?
    /// The score as a percent of the maximum.
    public var percent: Double?
    /// The mean score per criterion id, over the same rows.
    public var criteria: [String: Double]
    /// How many score rows count.
    public var rows: Int
}

/// Everything checking one competition found.
public struct CompetitionEvaluation: Sendable {
    /// Every rule applied, in the table's order (per item in file order).
    public var findings: [CompetitionFinding] = []
    /// Each topic's outcome, in file order.
    public var topics: [TopicResult] = []
    /// Input errors found while judging (a year the calendar does not cover).
    public var errors: [Diagnostic] = []
    /// Warnings (a tie for first).
    public var warnings: [Diagnostic] = []

    /// `noncompliant` if a rule is broken, else `incomplete` if one lacks its input, else `compliant`.
    public var level: CompetitionVerdict {
        if findings.contains(where: { $0.level == .noncompliant }) { return .noncompliant }
        if findings.contains(where: { $0.level == .missing }) { return .incomplete }
        return .compliant
    }
}
