/// A sentence a competition's finding or a topic's outcome carries, with its values: what the
/// finding means and, when a rule is not met, what it would take. Each catalogue words it.
enum CompetitionSentence: Sendable {
    /// The budget's or the Plan's approval date is not given, so the Plan's `days` cannot be checked.
    case planMissing(days: Int)
    /// The Plan was approved on `actual`, by `due`: within `days` working days of the budget.
    case planInTime(actual: CalendarDate, due: CalendarDate, days: Int)
    /// The Plan was approved `late` working days after `due`, `days` after the `budget`.
    case planLate(actual: CalendarDate, due: CalendarDate, budget: CalendarDate, days: Int, late: Int)
    /// The deadline or the experts' notification is not given, so their `days` cannot be checked.
    case expertsMissing(days: Int)
    /// The experts were notified on `actual`, by `due`: within `days` working days.
    case expertsInTime(actual: CalendarDate, due: CalendarDate, days: Int)
    /// The experts were notified `late` working days after `due`, `days` after the `closing` of applications.
    case expertsLate(actual: CalendarDate, due: CalendarDate, closing: CalendarDate, days: Int, late: Int)
    /// The evaluation's dates are not given, so its `limit` of working days cannot be checked.
    case evaluationMissing(limit: Int)
    /// The evaluation took `days` working days over `span`, at most its `limit`.
    case evaluationInTime(days: Int, limit: Int, span: DateSpan)
    /// The evaluation took `days` working days over `span`, more than its `limit`.
    case evaluationTooLong(days: Int, limit: Int, span: DateSpan)

    /// The announcement is not described.
    case noAnnouncement
    /// The announcement gives everything it must.
    case announcementComplete
    /// The announcement lacks these parts.
    case announcementLacks([AnnouncementPart])

    /// A score row for `item` has criteria `outside` their ranges or `absent`.
    case scoresWrong(item: String, outside: [OutsideScore], absent: [ScoringCriterion])
    /// A score row for `item` is within range, `total` of `maximum`.
    case scoresWithin(item: String, total: Double, maximum: Int)
    /// `member` may score `application`.
    case scoreCounts(member: String, application: String)
    /// `member`'s scores for `application` do not count, for `problem`.
    case scoreDoesNotCount(member: String, application: String, problem: ScoreMemberProblem)

    /// The topic failed on ground 1: no application.
    case noApplication(topic: String)
    /// The topic failed on ground 2: only `application` was submitted.
    case oneApplication(topic: String, application: String)
    /// The topic failed on ground 3: of `applications`, only `admitted` was admitted.
    case oneAdmitted(topic: String, admitted: String, applications: Int)
    /// The topic failed on ground 4: none of `applications` was admitted.
    case noneAdmitted(topic: String, applications: Int)
    /// The topic failed on ground 5: no admitted application has a score that counts.
    case noScores(topic: String)
    /// The topic failed on ground 5: none scored above `percent`% of `maximum`; the `best` scored `score`.
    case lowScores(topic: String, percent: Int, maximum: Int, best: String, score: Double)
    /// The topic was held: `winner` scored `score` of `maximum` (`percent`%); `tied`, when not
    /// empty, are the applications that share the first place, the winner first.
    case held(winner: String, score: Double, percent: Double, maximum: Int, tied: [String])

    /// `application` was refused, which is the operator's call.
    case refused(application: String)
    /// `application` was admitted although it breaks `problems`.
    case admittedWrongly(application: String, problems: [AdmissionProblem])
    /// `application`'s admission cannot be judged without `lacking`.
    case admissionUnknown(application: String, lacking: [AdmissionInput])
    /// `application` came in time, in an allowed language, from an NGO in the database.
    case admittedRightly(application: String)

    /// The commission is not given.
    case noCommission
    /// The commission has `people` with the secretary, at most `limit`.
    case commissionSize(people: Int, limit: Int)
    /// The commission has `people` with the secretary, more than `limit`.
    case commissionTooLarge(people: Int, limit: Int)
    /// The commission has an odd number of `members` besides the secretary.
    case membersOdd(members: Int)
    /// The commission has an even number of `members` besides the secretary.
    case membersEven(members: Int)
    /// One chair, one deputy and one secretary.
    case rolesHeld
    /// The roles not held by exactly one person, with how many hold each.
    case rolesWrong([RoleCount])
    /// The operator proposed `operators` of `members`, at most `percent`% (`allowed`).
    case sharesHeld(operators: Int, members: Int, allowed: Int, percent: Int)
    /// The operator proposed `operators` of `members`, more than `percent`% (`allowed`).
    case sharesOver(operators: Int, members: Int, allowed: Int, percent: Int)
    /// Who proposed `people` is not given.
    case sharesUnknown(people: [String])
    /// `people` work for the operator and sit on the commission.
    case staff(people: [String])
    /// Whether `people` work for the operator is not given.
    case staffUnknown(people: [String])
    /// No member works for the operator.
    case noStaff

    /// A criterion scored outside its range (or not in whole points), with the score given.
    struct OutsideScore: Sendable {
        /// The criterion.
        let criterion: ScoringCriterion
        /// The score given.
        let value: Double
    }

    /// How many people of the commission hold `role`.
    struct RoleCount: Sendable {
        /// The role.
        let role: CommissionRole
        /// How many hold it.
        let count: Int
    }

    /// The sentence in every language, as findings and outcomes keep it.
    var text: LocalizedText {
        LocalizedText(wording: { $0.catalogue.competitionSentence(self) })
    }

    /// The wrong scores of `scoresWrong` in `language`: "«focus» 8 (1–7), «budget» —".
    static func wrongScores(_ outside: [OutsideScore], absent: [ScoringCriterion], in language: Language) -> String {
        let wrong = outside.map { entry in
            let range = "\(entry.criterion.range.lowerBound)–\(entry.criterion.range.upperBound)"
            return "\(Wording.quote(entry.criterion.id, language)) \(Wording.number(entry.value, language)) (\(range))"
        }
        let none = absent.map { "\(Wording.quote($0.id, language)) —" }
        return (wrong + none).joined(separator: ", ")
    }
}
