/// The rules a grant competition is checked against, as `Standards/rules/competition.yaml`
/// gives them: the scoring criteria, the commission's limits, the deadlines in working days
/// and the ground on which a topic fails for low scores. Changing a range or the
/// commission's size is a change to that file, not to code.
public struct CompetitionRules: Sendable {
    /// The scoring criteria, in the order the slide lists them.
    public var criteria: [ScoringCriterion]
    /// The most people on the commission, members and secretary together.
    var commissionAtMost: Int
    /// The operator's share of the members: at most `numerator` of every `denominator`.
    public var operatorShare: (numerator: Int, denominator: Int)
    /// Working days after the budget within which the Plan is approved.
    var planWorkingDays: Int
    /// Working days after the deadline's date within which the experts are notified.
    var expertsWorkingDays: Int
    /// The most working days the evaluation takes.
    var evaluationWorkingDays: Int
    /// A topic fails unless some admitted application scores more than this percent of the maximum.
    var failBelowPercent: Int
    /// The languages an application may be in.
    public var languages: [String]
    /// Where each rule comes from, by rule id.
    public var sources: [String: String]
    /// Competitions kept with the rules and what each must get (`gsz standard test`).
    public var examples: [CompetitionExample] = []

    /// The most a member's total can be: the sum of the criteria's upper ends.
    public var maximum: Int { criteria.reduce(0) { $0 + $1.range.upperBound } }

    /// Whether `operators` of `members` members is within the operator's share
    /// (10 × operator ≤ 3 × members, in whole numbers).
    func operatorShareHolds(operators: Int, members: Int) -> Bool {
        operators * operatorShare.denominator <= operatorShare.numerator * members
    }

    /// The most operator-proposed members `members` members allow.
    func operatorsAllowed(members: Int) -> Int {
        operatorShare.numerator * members / operatorShare.denominator
    }

    /// Whether a mean of `total` over `rows` rows is above the failure ground's share of the
    /// maximum, compared in whole numbers so that 12.5 of 25 is exactly 50%, not more.
    func scoresAboveFailure(total: Int, rows: Int) -> Bool {
        rows > 0 && total * 100 > failBelowPercent * maximum * rows
    }
}

/// One scoring criterion of the slide «Критерии отбора».
public struct ScoringCriterion: Sendable, Hashable {
    /// The key score rows use (`capacity`).
    public var id: String
    /// Its name in each language.
    public var name: LocalizedText
    /// The whole scores it allows.
    public var range: ClosedRange<Int>
    /// Where it comes from.
    public var source: String
}

/// The rule ids of contract §10, in the table's order.
public enum CompetitionRuleID: String, Sendable, CaseIterable {
    /// The Plan within its working days of the budget.
    case planDeadline = "plan.deadline"
    /// The announcement gives the deadline with its time, the documents and the terms.
    case announcementContents = "announcement.contents"
    /// Each admitted application was in time, in Kazakh or Russian, from the NGO database.
    case applicationAdmission = "application.admission"
    /// At most so many people on the commission.
    case commissionSize = "commission.size"
    /// An odd number of members.
    case commissionOdd = "commission.odd"
    /// One chair, one deputy, one secretary.
    case commissionRoles = "commission.roles"
    /// The operator's share of the members.
    case commissionShares = "commission.shares"
    /// No member is the operator's employee.
    case commissionOperatorStaff = "commission.operator_staff"
    /// The experts notified within their working days of the deadline.
    case expertsNotified = "experts.notified"
    /// The evaluation within its working days.
    case evaluationLength = "evaluation.length"
    /// Each score row complete, whole and within the ranges.
    case scoreRange = "score.range"
    /// Each score row by a member without a conflict.
    case scoreMember = "score.member"
}
