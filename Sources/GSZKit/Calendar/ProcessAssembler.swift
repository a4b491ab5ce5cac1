import GSZYAML

/// Reads the calendar years and the deadline files among the standard's data files and puts
/// them together, each year and each family's rules declared once.
enum ProcessAssembler {
    static func assemble(_ files: [StandardDataFile], diagnostics: inout [Diagnostic]) -> ProcessRules {
        var declarations: [ProcessDeclaration] = []
        for file in files where ProcessRules.dataKeys.contains(file.key) {
            var reader = CalendarFileReader(fields: FieldReader(path: file.path, unknownKeys: .error), path: file.path)
            let root = file.document.root
            for (key, value) in root.pairs where key.kind == .scalar {
                if key.text == file.key {
                    if let declaration = reader.read(file.key, value) { declarations.append(declaration) }
                } else {
                    // A data file is one thing: a second root key is a typo or a file pasted into another.
                    reader.fields.reportUnknownKey(key, among: KeySet([file.key]))
                }
            }
            diagnostics += reader.fields.bag.all
        }
        var rules = ProcessRules()
        var years: [CalendarYear] = []
        var seenDiscussion = false
        var seenMonitoring = false
        for declaration in declarations {
            switch declaration {
            case .year(let year):
                if years.contains(where: { $0.year == year.year }) {
                    diagnostics.append(.error(.standard(.duplicateID(what: .year, id: String(year.year))),
                                              path: year.path, at: year.location))
                } else {
                    years.append(year)
                }
            case .examples(let examples):
                rules.calendarExamples += examples
            case .discussion(let discussion, let path, let location):
                if seenDiscussion { diagnostics.append(secondRules("discussion_rules", path, location)) }
                seenDiscussion = true
                rules.discussion = rules.discussion ?? discussion
            case .monitoring(let monitoring, let path, let location):
                if seenMonitoring { diagnostics.append(secondRules("monitoring_rules", path, location)) }
                seenMonitoring = true
                rules.monitoring = rules.monitoring ?? monitoring
            }
        }
        rules.calendar = WorkingCalendar(years: years)
        return rules
    }

    private static func secondRules(_ key: String, _ path: String, _ location: SourceLocation) -> Diagnostic {
        .error(.standard(.duplicateID(what: .rules, id: key)), path: path, at: location)
    }
}
