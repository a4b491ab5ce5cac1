/// The rules a SARIF run names up front: one per indicator of the standard, one for file
/// verdicts, one per input check (errors and warnings apart), one per rule of each family.
///
/// They must all be known before the first file is read, since results stream after them;
/// so they come from the standard and `InputCheck.all`, never from the results.
struct SARIFRules: Sendable {
    /// One `reportingDescriptor`.
    struct Rule: Sendable {
        let id: String
        let short: String
        let full: String
        let help: String?
        let level: String
        /// Where the rule is documented (`docs/codes.md#code` for input checks).
        var helpURI: String? = nil
    }

    let all: [Rule]
    private let indexByID: [String: Int]

    static let verdictID = "gsz/verdict"

    static func indicatorID(_ indicator: String) -> String { "gsz/indicator/" + indicator }

    /// The id of a rule of a document judged by rules (`gsz/rule/discussion.length`).
    static func ruleID(_ rule: String) -> String { "gsz/rule/" + rule }

    static func diagnosticID(_ diagnostic: Diagnostic) -> String {
        diagnosticID(diagnostic.message.id, diagnostic.severity)
    }

    private static func diagnosticID(_ id: String, _ severity: Diagnostic.Severity) -> String {
        (severity == .error ? "gsz/input/" : "gsz/warning/") + id
    }

    init(standard: Standard, language: Language) {
        var rules = standard.indicators.map { Self.indicatorRule($0, standard: standard, language: language) }
        rules.append(Rule(
            id: Self.verdictID, short: Label.verdict.text(in: language),
            full: standard.name[language] + " " + standard.version + ": "
                + Verdict.allCases.map(\.rawValue).joined(separator: ", "),
            help: nil, level: "note"))
        for check in InputCheck.all {
            rules.append(Rule(id: Self.diagnosticID(check.id, check.severity), short: check.summary, full: check.summary,
                              help: nil, level: check.severity == .error ? "error" : "warning",
                              helpURI: DiagnosticCode(rawValue: check.id)?.helpURI))
        }
        for family in RuleFamilies.all {
            for rule in family.rules {
                rules.append(Rule(id: Self.ruleID(rule.id), short: rule.summary, full: rule.summary, help: nil, level: "error"))
            }
        }
        all = rules
        indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rule's position in `tool.driver.rules`, for `ruleIndex`.
    func index(of id: String) -> Int? { indexByID[id] }

    /// Name and kind of check; the tables that set thresholds, with their source; and, as
    /// help, the thresholds row by row as the standard's files give them.
    private static func indicatorRule(_ indicator: IndicatorDefinition, standard: Standard, language: Language) -> Rule {
        let tables = standard.tables.filter { $0.indicators.contains(indicator.id) }
        var full = indicator.name[language] + " (" + indicator.check.rawValue + ")."
        for table in tables {
            full += " " + table.title[language] + (table.source.map { " — " + $0 } ?? "") + "."
        }
        var help: [String] = []
        for table in tables {
            let forms = standard.kind(table.kind)?.forms ?? []
            for row in table.rows {
                guard let threshold = row.thresholds.first(where: { $0.indicator == indicator.id })?.threshold else { continue }
                let names = row.forms.map { form in forms.first { $0.id == form }?.name[language] ?? form }
                help.append(names.joined(separator: ", ") + ": "
                    + FindingText.thresholds(threshold, unit: indicator.unit, in: language)
                    + (row.source.map { " (" + $0 + ")" } ?? ""))
            }
        }
        if let source = indicator.source { help.append(source) }
        return Rule(id: indicatorID(indicator.id), short: indicator.name[language], full: full,
                    help: help.isEmpty ? nil : help.joined(separator: "\n"), level: "error")
    }

    /// Writes the rules as the elements of `tool.driver.rules`, one a line.
    func write(into json: inout JSONWriter) {
        for rule in all {
            json.line(12); json.beginObject()
            json.key("id"); json.string(rule.id)
            json.key("shortDescription"); json.beginObject()
            json.key("text"); json.string(rule.short)
            json.endObject()
            json.key("fullDescription"); json.beginObject()
            json.key("text"); json.string(rule.full)
            json.endObject()
            if let uri = rule.helpURI { json.key("helpUri"); json.string(uri) }
            if let help = rule.help {
                json.key("help"); json.beginObject()
                json.key("text"); json.string(help)
                json.endObject()
            }
            json.key("defaultConfiguration"); json.beginObject()
            json.key("level"); json.word(rule.level)
            json.endObject()
            json.endObject()
        }
    }
}
