/// What a competition's page shows beyond findings and outcomes: the commission as the file
/// gives it, and the criteria the ranking's columns are.
public struct CompetitionSheet: Sendable, Hashable {
    /// One person on the commission.
    public struct Member: Sendable, Hashable {
        /// The person's name.
        public let name: String
        /// Their role.
        public let role: CommissionRole
        /// Who proposed them (members only).
        public let proposedBy: Proposer?
        /// Whether they work for the operator.
        public let operatorStaff: Bool?
    }

    /// The commission, in file order; `nil` when the file gives none.
    public let commission: [Member]?
    /// The scoring criteria, in the ranking's column order.
    public let criteria: [ScoringCriterion]
    /// The most a member's total can be.
    public let maximum: Int
    /// The operator's share of the members, at most `numerator` of `denominator`.
    public let operatorShare: Int
    /// The share's denominator.
    let shareOf: Int

    /// The sheet of `document` under `rules`.
    init(_ document: CompetitionDocument, rules: CompetitionRules) {
        commission = document.commission?.map {
            Member(name: $0.name, role: $0.role, proposedBy: $0.proposedBy, operatorStaff: $0.operatorStaff)
        }
        criteria = rules.criteria
        maximum = rules.maximum
        operatorShare = rules.operatorShare.numerator
        shareOf = rules.operatorShare.denominator
    }
}
