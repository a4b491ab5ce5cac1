/// An input problem particular to competition files (contract §10); the problems every kind
/// of file shares (a missing field, a wrong type, a BIN) are `Message`'s own cases.
public enum CompetitionProblem: Hashable, Sendable {
    /// A date-time not written `YYYY-MM-DD HH:MM` (or a day alone).
    case malformedDateTime(field: String, text: String)
    /// A reference to a topic, member or application the file does not define.
    case unknownReference(field: String, what: CompetitionItem, id: String, suggestion: String?)
    /// `competition.topics` is an empty list.
    case noTopics
    /// Two or more applications share the best score of a held topic; the first in the
    /// file is named, and the commission must decide (a warning).
    case tieForFirst(topic: String, applications: [String], score: Double, named: String)
}

/// The things a competition file defines and references by id.
public enum CompetitionItem: String, Hashable, Sendable, CaseIterable {
    /// A topic of the Plan (`competition.topics[].id`).
    case topic
    /// A person on the commission (`commission[].name`).
    case member
    /// An application (`applications[].id`).
    case application
}

extension CompetitionProblem {
    /// A stable English id.
    public var id: String {
        switch self {
        case .malformedDateTime: "malformed_date_time"
        case .unknownReference(_, let what, _, _): "unknown_" + what.rawValue
        case .noTopics: "no_topics"
        case .tieForFirst: "tie_for_first"
        }
    }

    /// The input checks these problems make, for `InputCheck.all`.
    static let checks: [InputCheck] = [
        InputCheck("malformed_date_time", .error, "A competition date-time not written YYYY-MM-DD HH:MM."),
        InputCheck("unknown_member", .error, "A score row names a person not on the commission."),
        InputCheck("unknown_application", .error, "A declared conflict names an application the file does not list."),
        InputCheck("unknown_role", .error, "A commission role other than chair, deputy, member or secretary."),
        InputCheck("unknown_proposed_by", .error, "A member proposed by neither the operator nor an NGO."),
        InputCheck("no_topics", .error, "The competition lists no topics."),
        InputCheck("tie_for_first", .warning, "Applications tie for first on a topic: the commission must decide."),
    ]
}
