public import GSZYAML

/// How one topic of a grant competition ended (contract §10): held with a winner, or failed on
/// one of the five grounds, with the ranking the outcome follows from.
///
/// An outcome is a result, not a verdict: a competition that failed by the rules is compliant.
public struct TopicOutcome: Sendable, Hashable {
    /// One application in a topic's ranking.
    public struct Ranked: Sendable, Hashable {
        /// The application's id.
        public let id: String
        /// The mean of its members' totals over the score rows that break no rule.
        public let score: Double
        /// The score as a percent of the maximum total.
        public let percent: Double
        /// The mean per criterion, in the criteria's order, for tables that show them.
        public let criteria: [Double]

        /// An entry with every field given.
        public init(id: String, score: Double, percent: Double, criteria: [Double] = []) {
            self.id = id
            self.score = score
            self.percent = percent
            self.criteria = criteria
        }
    }

    /// The topic's id.
    public let id: String
    /// The topic's title, where given.
    public let title: String?
    /// Whether the competition on this topic was held (a winner) rather than failed.
    public let held: Bool
    /// The ground (1–5) on which the topic failed; `nil` when held.
    public let ground: Int?
    /// The winning application; `nil` when failed.
    public let winner: String?
    /// Admitted applications by score, best first.
    public let ranking: [Ranked]
    /// Why the outcome is what it is, in every language gsz speaks.
    public let explanation: LocalizedText
    /// Where the topic is declared.
    public let location: SourceLocation?

    /// An outcome with every field given.
    public init(
        id: String, title: String?, held: Bool, ground: Int?, winner: String?, ranking: [Ranked],
        explanation: LocalizedText, location: SourceLocation?
    ) {
        self.id = id
        self.title = title
        self.held = held
        self.ground = ground
        self.winner = winner
        self.ranking = ranking
        self.explanation = explanation
        self.location = location
    }
}
