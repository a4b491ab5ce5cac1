import GSZYAML

/// Reads a parsed document as a grant competition (contract §10), finding every input error
/// with its place: required fields, wrong types, malformed dates and date-times, BINs, and
/// references to topics, members or applications the file does not define.
///
/// A score outside its criterion's range (3.5, 8) is not an input error: the reader keeps
/// it as written for the `score.range` rule to judge.
struct CompetitionReader: Sendable {
    /// The rules, for the criteria score rows may name.
    public let rules: CompetitionRules

    /// A reader whose score rows name `rules`' criteria.
    public init(rules: CompetitionRules) {
        self.rules = rules
    }

    static let rootKeys = KeySet(["competition", "commission", "applications"])
    static let competitionKeys = KeySet(["operator", "budget_approved", "plan_approved", "announcement",
                                         "experts_notified", "evaluation", "topics"])
    static let announcementKeys = KeySet(["published", "deadline", "documents", "project_terms"])
    static let topicKeys = KeySet(["id", "title"])

    /// The competition in `root`, or `nil` with the reasons when it has errors; warnings
    /// (unknown keys) come either way.
    public func read(_ root: YAMLNode, path: String) -> (document: CompetitionDocument?, diagnostics: [Diagnostic]) {
        var state = ReadingState(fields: FieldReader(path: path), rules: rules)
        guard let top = state.fields.mapping(root, field: "", keys: Self.rootKeys),
              let competitionNode = state.fields.required("competition", in: top) else {
            return (nil, state.fields.bag.all)
        }
        var document = CompetitionDocument(location: competitionNode.location)
        state.readCompetition(competitionNode, into: &document)
        if let node = top["commission"] { document.commission = state.readCommission(node) }
        if let node = top["applications"] { document.applications = state.readApplications(node) }
        state.checkReferences(document)
        let bag = state.fields.bag
        return (bag.hasErrors ? nil : document, bag.all)
    }
}

/// The reader's working state for one file: the field reader and the places ids are defined
/// and referenced, checked against each other once everything is read.
struct ReadingState {
    var fields: FieldReader
    let rules: CompetitionRules
    /// References to check once every id is known: what, the id, the field, where.
    var references: [(what: CompetitionItem, id: String, field: String, at: SourceLocation)] = []
    /// The ids each kind of item is defined with, read or not in full (so that a member
    /// whose role is wrong is not also reported as unknown in every score row).
    var defined: [CompetitionItem: [String]] = [:]

    mutating func readCompetition(_ node: YAMLNode, into document: inout CompetitionDocument) {
        guard let map = fields.mapping(node, field: "competition", keys: CompetitionReader.competitionKeys) else { return }
        document.theOperator = map["operator"].flatMap { fields.text($0, field: map.path("operator")) }
        document.budgetApproved = placedDate("budget_approved", map)
        document.planApproved = placedDate("plan_approved", map)
        document.expertsNotified = placedDate("experts_notified", map)
        if let span = map["evaluation"], let value = fields.dateSpan(span, field: map.path("evaluation")) {
            document.evaluation = Placed(value, at: span.location)
        }
        if let announcement = map["announcement"] { document.announcement = readAnnouncement(announcement) }
        guard let topicsNode = fields.required("topics", in: map),
              let items = fields.list(topicsNode, field: map.path("topics")) else { return }
        if items.isEmpty { fields.bag.error(.competition(.noTopics), at: topicsNode.location) }
        var firstAt: [String: SourceLocation] = [:]
        for item in items {
            guard let topic = fields.mapping(item, field: "competition.topics", keys: CompetitionReader.topicKeys),
                  let id = requiredText("id", topic) else { continue }
            if let first = firstAt[id] {
                fields.bag.error(.duplicateItem(field: "competition.topics.id", id: id, first: first), at: item.location)
            } else {
                firstAt[id] = item.location
            }
            let title = topic["title"].flatMap { fields.text($0, field: topic.path("title")) }
            document.topics.append(.init(id: id, title: title, location: item.location))
        }
    }

    private mutating func readAnnouncement(_ node: YAMLNode) -> CompetitionDocument.Announcement? {
        guard let map = fields.mapping(node, field: "competition.announcement", keys: CompetitionReader.announcementKeys) else {
            return nil
        }
        var announcement = CompetitionDocument.Announcement(location: node.location)
        announcement.published = placedDate("published", map)
        announcement.deadline = map["deadline"].flatMap { dateTime($0, field: map.path("deadline")) }
        if let list = map["documents"], let items = fields.list(list, field: map.path("documents")) {
            announcement.documents = items.compactMap { fields.text($0, field: map.path("documents")) }
        }
        if let span = map["project_terms"], let value = fields.dateSpan(span, field: map.path("project_terms")) {
            announcement.projectTerms = Placed(value, at: span.location)
        }
        return announcement
    }

    mutating func placedDate(_ key: String, _ map: MappingFields) -> Placed<CalendarDate>? {
        guard let node = map[key], let date = fields.date(node, field: map.path(key)) else { return nil }
        return Placed(date, at: node.location)
    }

    mutating func requiredText(_ key: String, _ map: MappingFields) -> String? {
        fields.required(key, in: map).flatMap { fields.text($0, field: map.path(key), nonEmpty: true) }
    }

    /// `YYYY-MM-DD HH:MM`, or a day alone (which `announcement.contents` judges).
    mutating func dateTime(_ node: YAMLNode, field: String) -> Placed<DateTime>? {
        guard node.kind == .scalar, node.tag == .none || node.tag == .string else {
            fields.wrongType(node, field: field, expected: .text)
            return nil
        }
        let text = node.text
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || (bytes.count == 16 && bytes[10] == UInt8(ascii: " ") && bytes[13] == UInt8(ascii: ":")) else {
            fields.bag.error(.competition(.malformedDateTime(field: field, text: Wording.excerpt(text))), at: node.location)
            return nil
        }
        let day = bytes.withUnsafeBufferPointer { ScalarSyntax.date(UnsafeBufferPointer(rebasing: $0[0..<10])) }
        var minutes: Int?
        if bytes.count == 16 {
            let digits = [11, 12, 14, 15].map { Int(bytes[$0]) - 48 }
            let hour = digits[0] * 10 + digits[1], minute = digits[2] * 10 + digits[3]
            guard digits.allSatisfy({ (0...9).contains($0) }), hour < 24, minute < 60 else {
                fields.bag.error(.competition(.malformedDateTime(field: field, text: Wording.excerpt(text))), at: node.location)
                return nil
            }
            minutes = hour * 60 + minute
        }
        switch day {
        case .date(let date): return Placed(DateTime(date: date, minutes: minutes), at: node.location)
        case .nonexistent: fields.bag.error(.nonexistentDate(field: field, text: String(text.prefix(10))), at: node.location)
        case .malformed: fields.bag.error(.competition(.malformedDateTime(field: field, text: Wording.excerpt(text))), at: node.location)
        }
        return nil
    }
}
