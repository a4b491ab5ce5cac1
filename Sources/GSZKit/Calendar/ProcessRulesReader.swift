import GSZYAML

/// One declaration of a calendar or rules file, as the standard loader gathers them.
enum ProcessDeclaration {
    case year(CalendarYear)
    case examples([CalendarExample])
    case discussion(DiscussionRules, path: String, at: SourceLocation)
    case monitoring(MonitoringRules, path: String, at: SourceLocation)
}

extension CalendarFileReader {
    private static let discussionKeys = KeySet(["source", "length_working_days", "considered_working_days"])
    private static let monitoringKeys = KeySet(["source", "visits_per_quarter", "first_half_due", "second_half_due"])
    private static let dayKeys = KeySet(["month", "day"])

    /// The declaration under root key `key`, unless unreadable.
    mutating func read(_ key: String, _ node: YAMLNode) -> ProcessDeclaration? {
        switch key {
        case "calendar": return readYear(node).map(ProcessDeclaration.year)
        case "calendar_examples": return .examples(readExamples(node))
        case "discussion_rules": return readDiscussion(node).map { .discussion($0, path: path, at: node.location) }
        case "monitoring_rules": return readMonitoring(node).map { .monitoring($0, path: path, at: node.location) }
        default: return nil
        }
    }

    private mutating func readDiscussion(_ node: YAMLNode) -> DiscussionRules? {
        guard let top = fields.mapping(node, field: "discussion_rules", keys: Self.discussionKeys) else { return nil }
        let source = top["source"].flatMap { fields.text($0, field: top.path("source")) }
        let length = count("length_working_days", top)
        let considered = count("considered_working_days", top)
        guard let length, let considered else { return nil }
        return DiscussionRules(lengthWorkingDays: length, consideredWorkingDays: considered, source: source)
    }

    private mutating func readMonitoring(_ node: YAMLNode) -> MonitoringRules? {
        guard let top = fields.mapping(node, field: "monitoring_rules", keys: Self.monitoringKeys) else { return nil }
        let source = top["source"].flatMap { fields.text($0, field: top.path("source")) }
        let visits = count("visits_per_quarter", top)
        let first = dayOfYear("first_half_due", top)
        let second = dayOfYear("second_half_due", top)
        guard let visits, let first, let second else { return nil }
        return MonitoringRules(visitsPerQuarter: visits, firstHalfDue: first, secondHalfDue: second, source: source)
    }

    private mutating func count(_ key: String, _ top: MappingFields) -> Int? {
        fields.required(key, in: top).flatMap { fields.wholeNumber($0, field: top.path(key), minimum: 1) }
    }

    /// `{month: 6, day: 5}`, a day that exists in every year (no 29 February).
    private mutating func dayOfYear(_ key: String, _ top: MappingFields) -> MonitoringRules.DayOfYear? {
        guard let node = fields.required(key, in: top),
              let mapping = fields.mapping(node, field: top.path(key), keys: Self.dayKeys),
              let month = fields.required("month", in: mapping).flatMap({ fields.wholeNumber($0, field: mapping.path("month")) }),
              let day = fields.required("day", in: mapping).flatMap({ fields.wholeNumber($0, field: mapping.path("day")) })
        else { return nil }
        guard CalendarDate(year: 2023, month: month, day: day) != nil else {
            fields.bag.error(.nonexistentDate(field: top.path(key), text: "\(month)-\(day)"), at: node.location)
            return nil
        }
        return MonitoringRules.DayOfYear(month: month, day: day)
    }
}
