import GSZYAML

/// Reads a monitoring log, finding every input error with its place: `as_of`, each project's
/// `id` (unique) and `period`, dates on the calendar, a BIN's check digit, halves 1 or 2.
struct MonitoringReader {
    private static let rootKeys = KeySet(["monitoring", "projects", "reports"])
    private static let headerKeys = KeySet(["body", "as_of"])
    private static let projectKeys = KeySet(["id", "title", "ngo", "period", "visits"])
    private static let ngoKeys = KeySet(["name", "bin"])
    private static let reportKeys = KeySet(["half", "year", "submitted"])

    private var reader: DocumentFields

    init(path: String) { reader = DocumentFields(path: path) }

    /// The log, or `nil` when it has errors; the diagnostics either way.
    static func read(_ root: YAMLNode, path: String) -> (MonitoringLog?, [Diagnostic]) {
        var instance = MonitoringReader(path: path)
        let log = instance.read(root)
        let bag = instance.reader.fields.bag
        return (bag.hasErrors ? nil : log, bag.all)
    }

    private mutating func read(_ root: YAMLNode) -> MonitoringLog? {
        guard let top = reader.fields.mapping(root, field: "", keys: Self.rootKeys),
              let headerNode = reader.fields.required("monitoring", in: top),
              let header = reader.fields.mapping(headerNode, field: "monitoring", keys: Self.headerKeys) else { return nil }
        let body = reader.optionalText("body", header)
        let asOf = reader.requiredDate("as_of", header)
        let projects = readProjects(top)
        let reports = reader.items("reports", top, required: false).compactMap { readReport($0) }
        guard let asOf else { return nil }
        return MonitoringLog(body: body, asOf: asOf, projects: projects, reports: reports, location: headerNode.location)
    }

    private mutating func readProjects(_ top: MappingFields) -> [MonitoringLog.Project] {
        var projects: [MonitoringLog.Project] = []
        var seen: [String: SourceLocation] = [:]
        for item in reader.items("projects", top, required: false) {
            guard let project = reader.fields.mapping(item, field: "projects", keys: Self.projectKeys) else { continue }
            let idNode = reader.fields.required("id", in: project)
            let id = idNode.flatMap { reader.fields.text($0, field: "projects.id", nonEmpty: true) }
            _ = reader.optionalText("title", project)
            if let ngoNode = project["ngo"], let ngo = reader.fields.mapping(ngoNode, field: "projects.ngo", keys: Self.ngoKeys) {
                _ = reader.optionalText("name", ngo)
                _ = reader.bin("bin", ngo)
            }
            let period = reader.fields.required("period", in: project)
                .flatMap { reader.fields.dateSpan($0, field: "projects.period") }
            var visits: [Placed<CalendarDate>] = []
            for visit in reader.items("visits", project, required: false) {
                if let date = reader.fields.date(visit, field: "projects.visits") { visits.append(Placed(date, at: visit.location)) }
            }
            guard let id, let idNode, let period else { continue }
            if let first = seen[id] {
                reader.duplicate("projects.id", id, first: first, at: idNode.location)
                continue
            }
            seen[id] = idNode.location
            projects.append(MonitoringLog.Project(id: id, period: period, visits: visits, location: item.location))
        }
        return projects
    }

    private mutating func readReport(_ item: YAMLNode) -> MonitoringLog.Report? {
        guard let report = reader.fields.mapping(item, field: "reports", keys: Self.reportKeys) else { return nil }
        let halfNode = reader.fields.required("half", in: report)
        var half = halfNode.flatMap { reader.fields.wholeNumber($0, field: "reports.half") }
        if let value = half, let halfNode, value != 1 && value != 2 {
            reader.fields.bag.error(.unknownValue(field: "half", value: String(value), known: ["1", "2"], suggestion: nil),
                                    at: halfNode.location)
            half = nil
        }
        let year = reader.fields.required("year", in: report).flatMap { reader.fields.wholeNumber($0, field: "reports.year", minimum: 1) }
        let submitted = reader.optionalDate("submitted", report)
        guard let half, let year else { return nil }
        return MonitoringLog.Report(half: half, year: year, submitted: submitted, location: item.location)
    }
}
