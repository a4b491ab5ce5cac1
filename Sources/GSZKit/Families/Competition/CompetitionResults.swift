public import GSZYAML

extension RuleFinding {
    /// A finding of competition rule `rule`, a deadline finding when the rule is one.
    init(
        _ rule: CompetitionRuleID, _ level: IndicatorLevel, _ message: LocalizedText, at location: SourceLocation?,
        item: String? = nil, due: CalendarDate? = nil, actual: CalendarDate? = nil, value: Double? = nil, limit: Double? = nil
    ) {
        self.init(rule: rule.rawValue, level: level, message: message, location: location, item: item, due: due,
                  actual: actual, value: value, limit: limit, isDeadline: rule.isDeadline)
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
    public var findings: [RuleFinding] = []
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
