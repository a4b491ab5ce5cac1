import GSZYAML

/// Reads a discussion document, finding every input error with its place: required fields,
/// types, dates on the calendar, topic numbers unique, comments naming a listed topic.
struct DiscussionReader {
    private static let rootKeys = KeySet(["discussion", "topics", "comments", "totals"])
    private static let headerKeys = KeySet(["body", "topics_year", "posted", "closed", "considered", "report_published"])
    private static let topicKeys = KeySet(["no", "title", "funding", "justification", "target_group", "expected_result"])
    private static let commentKeys = KeySet(["topic", "author", "summary", "decision", "reason"])
    private static let totalsKeys = KeySet(["accepted", "rejected"])

    private var reader: DocumentFields

    init(path: String) { reader = DocumentFields(path: path) }

    /// The discussion, or `nil` when it has errors; the diagnostics either way.
    static func read(_ root: YAMLNode, path: String) -> (Discussion?, [Diagnostic]) {
        var instance = DiscussionReader(path: path)
        let discussion = instance.read(root)
        let bag = instance.reader.fields.bag
        return (bag.hasErrors ? nil : discussion, bag.all)
    }

    private mutating func read(_ root: YAMLNode) -> Discussion? {
        guard let top = reader.fields.mapping(root, field: "", keys: Self.rootKeys),
              let headerNode = reader.fields.required("discussion", in: top),
              let header = reader.fields.mapping(headerNode, field: "discussion", keys: Self.headerKeys) else { return nil }
        let body = reader.requiredText("body", header)
        let year = header["topics_year"].flatMap { reader.fields.wholeNumber($0, field: "discussion.topics_year", minimum: 1) }
        let posted = reader.requiredDate("posted", header)
        let closed = reader.requiredDate("closed", header)
        let considered = reader.optionalDate("considered", header)
        let published = reader.optionalDate("report_published", header)
        let (topics, numbers) = readTopics(top)
        let comments = readComments(top, numbers: numbers)
        let totals = top["totals"].flatMap { readTotals($0) }
        guard let body, let posted, let closed else { return nil }
        return Discussion(body: body, topicsYear: year, posted: posted, closed: closed, considered: considered,
                          reportPublished: published, topics: topics, comments: comments, totals: totals,
                          location: headerNode.location)
    }

    /// The topics, and every number written, so a comment on a topic with another error is
    /// not also reported as naming an unknown topic.
    private mutating func readTopics(_ top: MappingFields) -> ([Discussion.Topic], [Int]) {
        var topics: [Discussion.Topic] = []
        var numbers: [Int] = []
        var seen: [Int: SourceLocation] = [:]
        for item in reader.items("topics", top, required: true) {
            guard let topic = reader.fields.mapping(item, field: "topics", keys: Self.topicKeys) else { continue }
            let numberNode = reader.fields.required("no", in: topic)
            let number = numberNode.flatMap { reader.fields.wholeNumber($0, field: "topics.no") }
            if let number { numbers.append(number) }
            let title = reader.requiredText("title", topic)
            _ = reader.fields.required("funding", in: topic)
                .flatMap { reader.fields.number($0, field: "topics.funding", minimum: 0, exclusive: true) }
            let justification = reader.optionalText("justification", topic)
            let target = reader.optionalText("target_group", topic)
            let expected = reader.optionalText("expected_result", topic)
            guard let number, let numberNode, let title else { continue }
            if let first = seen[number] {
                reader.duplicate("topics.no", String(number), first: first, at: numberNode.location)
                continue
            }
            seen[number] = numberNode.location
            topics.append(Discussion.Topic(number: number, title: title, justification: justification, targetGroup: target,
                                           expectedResult: expected, location: item.location))
        }
        return (topics, numbers)
    }

    private mutating func readComments(_ top: MappingFields, numbers: [Int]) -> [Discussion.Comment] {
        var comments: [Discussion.Comment] = []
        let known = numbers.map(String.init)
        for (index, item) in reader.items("comments", top, required: false).enumerated() {
            guard let comment = reader.fields.mapping(item, field: "comments", keys: Self.commentKeys) else { continue }
            let topicNode = reader.fields.required("topic", in: comment)
            var topic = topicNode.flatMap { reader.fields.wholeNumber($0, field: "comments.topic") }
            if let number = topic, let topicNode, !numbers.contains(number) {
                reader.fields.bag.error(.unknownValue(field: "topic", value: String(number), known: known, suggestion: nil),
                                        at: topicNode.location)
                topic = nil
            }
            let author = reader.requiredText("author", comment)
            _ = reader.requiredText("summary", comment)
            let decision = decision(comment)
            let reason = reader.optionalText("reason", comment)
            guard let topic, let author, let decision else { continue }
            comments.append(Discussion.Comment(position: index + 1, topic: topic, author: author, accepted: decision,
                                               reason: reason, location: item.location))
        }
        return comments
    }

    /// `accepted` (true) or `rejected` (false).
    private mutating func decision(_ comment: MappingFields) -> Bool? {
        guard let node = reader.fields.required("decision", in: comment),
              let text = reader.fields.text(node, field: "comments.decision") else { return nil }
        switch text {
        case "accepted": return true
        case "rejected": return false
        default:
            let known = ["accepted", "rejected"]
            reader.fields.bag.error(.unknownValue(field: "decision", value: text, known: known,
                                                  suggestion: Suggestion.closest(to: text, among: known)), at: node.location)
            return nil
        }
    }

    private mutating func readTotals(_ node: YAMLNode) -> Placed<Discussion.Totals>? {
        guard let totals = reader.fields.mapping(node, field: "totals", keys: Self.totalsKeys) else { return nil }
        let accepted = reader.fields.required("accepted", in: totals)
            .flatMap { reader.fields.wholeNumber($0, field: "totals.accepted", minimum: 0) }
        let rejected = reader.fields.required("rejected", in: totals)
            .flatMap { reader.fields.wholeNumber($0, field: "totals.rejected", minimum: 0) }
        guard let accepted, let rejected else { return nil }
        return Placed(Discussion.Totals(accepted: accepted, rejected: rejected), at: node.location)
    }
}
