import GSZYAML

extension CompetitionEvaluator {
    /// `score.range` and `score.member` for every score row, and which rows count towards
    /// the scores: those that break neither (and are complete), by application id.
    func scoreRowFindings(_ document: CompetitionDocument) -> (findings: [RuleFinding], valid: [String: [Bool]]) {
        var ranges: [RuleFinding] = []
        var members: [RuleFinding] = []
        var valid: [String: [Bool]] = [:]
        // The first entry of each name (a name used twice is an input error, so there is one).
        let people = Dictionary((document.commission ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for application in document.applications {
            var counted: [Bool] = []
            var scorers: Set<String> = []
            for row in application.scores {
                let item = "\(application.id) \(row.member)"
                let range = scoreRange(row, item: item)
                let member = scoreMember(row, application: application.id, person: people[row.member],
                                         item: item, again: !scorers.insert(row.member).inserted)
                ranges.append(range)
                members.append(member)
                counted.append(range.level == .meets && member.level == .meets)
            }
            valid[application.id] = counted
        }
        return (ranges + members, valid)
    }

    private func scoreRange(_ row: CompetitionDocument.ScoreRow, item: String) -> RuleFinding {
        var outside: [CompetitionSentence.OutsideScore] = []
        var absent: [ScoringCriterion] = []
        for criterion in rules.criteria {
            guard let score = row.scores[criterion.id] else {
                absent.append(criterion)
                continue
            }
            let whole = score.value.rounded() == score.value
            if !whole || !criterion.range.contains(Int(exactly: score.value) ?? Int.min) {
                outside.append(.init(criterion: criterion, value: score.value))
            }
        }
        // Every criterion given is part of what the rule asks (contract §10), as for the
        // announcement's contents: a criterion left unscored breaks the row, it is not missing input.
        let level: IndicatorLevel = outside.isEmpty && absent.isEmpty ? .meets : .noncompliant
        let first = outside.first.flatMap { row.scores[$0.criterion.id]?.location } ?? row.location
        let total = rules.criteria.compactMap { row.scores[$0.id]?.value }.reduce(0, +)
        let sentence: CompetitionSentence = level == .meets ? .scoresWithin(item: item, total: total, maximum: rules.maximum)
            : .scoresWrong(item: item, outside: outside, absent: absent)
        return RuleFinding(.scoreRange, level, sentence.text, at: first, item: item, value: level == .meets ? total : nil,
                           limit: level == .meets ? Double(rules.maximum) : nil)
    }

    private func scoreMember(
        _ row: CompetitionDocument.ScoreRow, application: String, person: CompetitionDocument.CommissionEntry?, item: String,
        again: Bool
    ) -> RuleFinding {
        let problem: ScoreMemberProblem? = switch person {
        case nil: .notOnCommission
        case _ where again: .again
        case let person? where !person.isMember: .secretary
        case let person? where person.conflicts.contains(application): .conflict
        default: nil
        }
        let sentence: CompetitionSentence = problem.map {
            .scoreDoesNotCount(member: row.member, application: application, problem: $0)
        } ?? .scoreCounts(member: row.member, application: application)
        return RuleFinding(.scoreMember, problem == nil ? .meets : .noncompliant, sentence.text, at: row.location, item: item)
    }
}

/// Why a score row's author may not score that application.
enum ScoreMemberProblem: Sendable {
    case notOnCommission, secretary, conflict, again
}
