/// What is wrong with a competition's file, in English.
extension CompetitionProblem {
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        switch self {
        case .malformedDateTime(let field, let text):
            return "\(q(field)) must be a date and time written YYYY-MM-DD HH:MM, not \(q(text))"
        case .unknownReference(let field, let what, let id, let suggestion):
            let hint = suggestion.map { "; did you mean \(q($0))?" } ?? ""
            return "\(q(field)): no \(what.english) \(q(id)) in this competition\(hint)"
        case .noTopics: return "'competition.topics' must list at least one topic"
        case .tieForFirst(let topic, let applications, let score, let named):
            return "topic \(q(topic)): \(Wording.list(applications, .en)) tie for first with \(Wording.number(score, .en)); "
                + "\(q(named)), first in the file, is named, but the commission must decide"
        }
    }
}

extension CompetitionItem {
    var english: String {
        switch self {
        case .topic: "topic"
        case .member: "commission member"
        case .application: "application"
        }
    }
}
