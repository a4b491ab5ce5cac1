public import GSZYAML

/// One rule applied to one document (or to one item of it: an application, a comment, a
/// project's quarter), with its level and a sentence a person can act on (contract §7).
///
/// Reports judge indicators of services (`IndicatorResult`); the other kinds of document judge
/// rules of a process, and each application of a rule is one of these.
public struct RuleFinding: Sendable, Hashable {
    /// The rule's stable id (`discussion.length`, `score.range`).
    public let rule: String
    /// `meets`, `noncompliant`, or `missing` when the rule lacks its input.
    public let level: IndicatorLevel
    /// What the finding means, in every language gsz speaks.
    public let message: LocalizedText
    /// Where in the document the rule looked (the field that decides it), when it has a place.
    public let location: SourceLocation?
    /// The item the rule was applied to, for rules applied per item (`A1`, `P1 2026-Q2`).
    public let item: String?
    /// For a deadline rule: the last day that is in time.
    public let due: CalendarDate?
    /// For a deadline rule: the day the thing happened, where the document gives it.
    public let actual: CalendarDate?
    /// For a counted rule: the count found.
    public let value: Double?
    /// For a counted rule: the bound it is held to.
    public let limit: Double?
    /// Whether this rule is a deadline, so that machine formats always carry `due` and `actual`.
    public let isDeadline: Bool

    /// A finding with every field given; the optional ones default to absent.
    public init(
        rule: String, level: IndicatorLevel, message: LocalizedText, location: SourceLocation?,
        item: String? = nil, due: CalendarDate? = nil, actual: CalendarDate? = nil,
        value: Double? = nil, limit: Double? = nil, isDeadline: Bool = false
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
        self.isDeadline = isDeadline || due != nil || actual != nil
    }
}

extension Verdict {
    /// The verdict of a document judged by rules (contract §7), the first that holds:
    /// `noncompliant` when some rule is broken, `incomplete` when none is but some lacks its
    /// input, else `compliant`. Input errors are decided before any rule is applied.
    public static func of(findings: [RuleFinding]) -> Verdict {
        if findings.contains(where: { $0.level == .noncompliant }) { return .noncompliant }
        if findings.contains(where: { $0.level == .missing }) { return .incomplete }
        return .compliant
    }
}
