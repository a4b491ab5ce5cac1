import GSZYAML

/// A public discussion of a state body's planned topics, as read from its document (contract §9).
struct Discussion: Sendable {
    /// A planned topic, a row of the form «Форма для размещения…».
    public struct Topic: Sendable {
        /// Its number, unique in the document.
        public let number: Int
        /// Its title.
        public let title: String
        /// «Обоснование с указанием источника информации», where given.
        public let justification: String?
        /// «Целевая группа населения», where given.
        let targetGroup: String?
        /// «Ожидаемый результат», where given.
        let expectedResult: String?
        /// Where the topic starts.
        public let location: SourceLocation
    }

    /// A comment or proposal and the body's decision on it, a row of «Форма отчета».
    public struct Comment: Sendable {
        /// Its position in the list, from 1: comments have no id of their own.
        public let position: Int
        /// The topic's number.
        public let topic: Int
        /// Who made it.
        public let author: String
        /// Whether the body accepted it.
        public let accepted: Bool
        /// «Обоснование по непринятию», where given.
        public let reason: String?
        /// Where the comment starts.
        public let location: SourceLocation
    }

    /// The state body.
    public let body: String
    /// The year the topics are for, where given.
    let topicsYear: Int?
    /// The day the topics were posted on the body's internet resource.
    public let posted: Placed<CalendarDate>
    /// The day the discussion ended.
    public let closed: Placed<CalendarDate>
    /// The day the comments were considered, where given.
    public let considered: Placed<CalendarDate>?
    /// The day the completion report was published, where given.
    let reportPublished: Placed<CalendarDate>?
    /// The topics, in document order.
    public let topics: [Topic]
    /// The comments, in document order.
    public let comments: [Comment]
    /// «Итоги»: the accepted and rejected counts the document states, where given.
    public let totals: Placed<Totals>?
    /// Where `discussion:` starts.
    public let location: SourceLocation

    /// Accepted and rejected counts.
    public struct Totals: Sendable, Hashable {
        /// Comments accepted.
        public let accepted: Int
        /// Comments rejected.
        public let rejected: Int
    }
}
