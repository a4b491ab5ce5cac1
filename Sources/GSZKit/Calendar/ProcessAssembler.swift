import GSZYAML

/// Puts the calendar years and the rules files together, each year and each family's rules
/// declared once.
enum ProcessAssembler {
    static func assemble(_ declarations: [ProcessDeclaration], diagnostics: inout [Diagnostic]) -> ProcessRules {
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
