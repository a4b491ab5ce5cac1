extension CompetitionEvaluator {
    /// The topic's outcome (slide «Конкурсный процесс»): the first of grounds 1–5 that
    /// holds, else held, with the admitted applications (`applications` are the topic's, in
    /// file order) ranked by score.
    func outcome(
        of topic: CompetitionDocument.Topic, applications: [CompetitionDocument.Application], valid: [String: [Bool]]
    ) -> TopicResult {
        let admitted = applications.filter(\.admitted)
        let tallies = admitted.map { tally($0, counted: valid[$0.id] ?? []) }
        // Best first; a tie keeps file order, so the first in the file is named; unscored last.
        let ranked = tallies.enumerated().sorted { a, b in
            switch (a.element.rows > 0, b.element.rows > 0) {
            case (true, true):
                let left = a.element.total * b.element.rows, right = b.element.total * a.element.rows
                return left != right ? left > right : a.offset < b.offset
            case (true, false): return true
            case (false, true): return false
            case (false, false): return a.offset < b.offset
            }
        }.map(\.element)
        let ranking = ranked.map { $0.ranked(maximum: rules.maximum) }
        let ground: Int? = if applications.isEmpty { 1 } else if applications.count == 1 { 2 }
            else if admitted.count == 1 { 3 } else if admitted.isEmpty { 4 }
            else if !ranked.contains(where: { rules.scoresAboveFailure(total: $0.total, rows: $0.rows) }) { 5 } else { nil }
        if let ground {
            let sentence = failure(ground: ground, topic: topic.id, applications: applications.map(\.id),
                                   admitted: admitted.map(\.id), best: ranking.first)
            return TopicResult(id: topic.id, title: topic.title, outcome: .failed, ground: ground, winner: nil,
                               ranking: ranking, message: sentence.text, tied: false, location: topic.location)
        }
        let best = ranked[0]  // ground 5 does not hold, so some admitted application is scored
        let tied = ranked.filter { $0.total * best.rows == best.total * $0.rows && $0.rows > 0 }
        let winner = ranking[0]
        let sentence = CompetitionSentence.held(winner: winner.id, score: winner.score ?? 0, percent: winner.percent ?? 0,
                                                maximum: rules.maximum, tied: tied.count > 1 ? tied.map(\.id) : [])
        return TopicResult(id: topic.id, title: topic.title, outcome: .held, ground: nil, winner: best.id,
                           ranking: ranking, message: sentence.text, tied: tied.count > 1, location: topic.location)
    }

    /// Why the topic failed on `ground` (1–5, in the order the slide gives them).
    private func failure(
        ground: Int, topic: String, applications: [String], admitted: [String], best: RankedApplication?
    ) -> CompetitionSentence {
        switch ground {
        case 1: return .noApplication(topic: topic)
        case 2: return .oneApplication(topic: topic, application: applications.first ?? "")
        case 3: return .oneAdmitted(topic: topic, admitted: admitted.first ?? "", applications: applications.count)
        case 4: return .noneAdmitted(topic: topic, applications: applications.count)
        default:
            guard let best, let score = best.score else { return .noScores(topic: topic) }
            return .lowScores(topic: topic, percent: rules.failBelowPercent, maximum: rules.maximum, best: best.id,
                              score: score)
        }
    }

    private func tally(_ application: CompetitionDocument.Application, counted: [Bool]) -> Tally {
        var tally = Tally(id: application.id)
        for (row, counts) in zip(application.scores, counted) where counts {
            tally.rows += 1
            for criterion in rules.criteria {
                // A counted row has every criterion, each a whole number in range.
                let score = Int(row.scores[criterion.id]?.value ?? 0)
                tally.total += score
                tally.criteria[criterion.id, default: 0] += score
            }
        }
        return tally
    }
}

/// An application's counted score rows added up, in whole numbers so that comparisons are exact.
struct Tally {
    let id: String
    var rows = 0
    var total = 0
    var criteria: [String: Int] = [:]

    func ranked(maximum: Int) -> RankedApplication {
        guard rows > 0 else { return RankedApplication(id: id, score: nil, percent: nil, criteria: [:], rows: 0) }
        let score = Double(total) / Double(rows)
        return RankedApplication(id: id, score: score, percent: 100 * score / Double(maximum),
                                 criteria: criteria.mapValues { Double($0) / Double(rows) }, rows: rows)
    }
}
