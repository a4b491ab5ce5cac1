import GSZKit
import Testing

extension Examples {
    /// One example of every competition problem, so each is worded in every language.
    static let competitionProblems: [CompetitionProblem] = [
        .malformedDateTime(field: "competition.announcement.deadline", text: "20.03.2026 18:00"),
        .unknownReference(field: "applications.topic", what: .topic, id: "T9", suggestion: "T1"),
        .unknownReference(field: "applications.scores.member", what: .member, id: "Иванов А.", suggestion: "Иванова А."),
        .unknownReference(field: "commission.conflicts", what: .application, id: "A7", suggestion: nil),
        .noTopics,
        .tieForFirst(topic: "T1", applications: ["A1", "A2"], score: 18.5, named: "A1"),
    ]
}

enum CompetitionProblemCase: String, CaseIterable {
    case malformedDateTime, unknownReference, noTopics, tieForFirst
}

extension CompetitionProblem {
    var caseKey: CompetitionProblemCase {
        switch self {
        case .malformedDateTime: .malformedDateTime
        case .unknownReference: .unknownReference
        case .noTopics: .noTopics
        case .tieForFirst: .tieForFirst
        }
    }
}

/// Every competition problem has an example, and every referenced item kind is worded.
@Suite struct CompetitionMessageExampleTests {
    @Test("every case of CompetitionProblem has an example")
    func everyCase() {
        let covered = Set(Examples.competitionProblems.map(\.caseKey))
        #expect(CompetitionProblemCase.allCases.filter { !covered.contains($0) } == [])
    }

    @Test("every kind of item is referenced in an example")
    func everyItem() {
        let items = Examples.competitionProblems.compactMap { problem -> CompetitionItem? in
            if case .unknownReference(_, let what, _, _) = problem { return what }
            return nil
        }
        #expect(Set(items) == Set(CompetitionItem.allCases))
    }

    @Test("each problem's id is listed in InputCheck.all with its severity")
    func listed() {
        for problem in Examples.competitionProblems {
            let message = Message.competition(problem)
            let severity: Diagnostic.Severity = if case .tieForFirst = problem { .warning } else { .error }
            #expect(InputCheck.all.contains { $0.id == message.id && $0.severity == severity }, "\(message.id)")
        }
    }
}
