import GSZYAML

/// Reads the `competition_rules:` file of a standard into `CompetitionRules`, every problem
/// an error with its place (a standard that cannot be trusted checks nothing).
struct CompetitionRulesReader {
    /// The root key of the rules file.
    static let dataKey = "competition_rules"

    /// The reader problems are recorded in, errors for unknown keys.
    var fields: FieldReader

    private static let rootKeys = KeySet(["source", "criteria", "rules", "failure", "examples"])
    private static let criterionKeys = KeySet(["id", "name", "range", "source"])
    private static let ruleKeys = KeySet(["working_days", "at_most", "operator", "of", "languages", "source"])
    private static let failureKeys = KeySet(["more_than_percent", "source"])

    /// A reader recording into `fields`.
    init(fields: FieldReader) {
        self.fields = fields
    }

    /// The rules under `node` (the value of `competition_rules:`), or `nil` after recording why.
    mutating func read(_ node: YAMLNode) -> CompetitionRules? {
        guard let top = fields.mapping(node, field: Self.dataKey, keys: Self.rootKeys) else { return nil }
        let criteria = readCriteria(top)
        var numbers: [String: Int] = [:]
        var languages: [String] = []
        var sources: [String: String] = [:]
        if let rulesNode = fields.required("rules", in: top),
           let rules = fields.mapping(rulesNode, field: top.path("rules"), keys: KeySet(CompetitionRuleID.allCases.map(\.rawValue))) {
            for rule in CompetitionRuleID.allCases {
                guard let ruleNode = fields.required(rule.rawValue, in: rules),
                      let entry = fields.mapping(ruleNode, field: rules.path(rule.rawValue), keys: Self.ruleKeys) else { continue }
                sources[rule.rawValue] = requiredText("source", entry)
                for key in ["working_days", "at_most", "operator", "of"] {
                    if let value = entry[key], let number = fields.wholeNumber(value, field: entry.path(key), minimum: 1) {
                        numbers[rule.rawValue + "/" + key] = number
                    }
                }
                if let list = entry["languages"], let items = fields.list(list, field: entry.path("languages")) {
                    languages = items.compactMap { fields.text($0, field: entry.path("languages"), nonEmpty: true) }
                }
            }
        }
        var percent: Int?
        if let failureNode = fields.required("failure", in: top),
           let failure = fields.mapping(failureNode, field: top.path("failure"), keys: Self.failureKeys) {
            if let value = fields.required("more_than_percent", in: failure) {
                percent = fields.wholeNumber(value, field: failure.path("more_than_percent"), minimum: 1)
            }
            sources["failure"] = requiredText("source", failure)
        }
        func number(_ rule: CompetitionRuleID, _ key: String) -> Int? {
            if let value = numbers[rule.rawValue + "/" + key] { return value }
            fields.bag.error(.missingField(field: "\(Self.dataKey).rules.\(rule.rawValue).\(key)"), at: node.location)
            return nil
        }
        let plan = number(.planDeadline, "working_days"), experts = number(.expertsNotified, "working_days")
        let evaluation = number(.evaluationLength, "working_days"), size = number(.commissionSize, "at_most")
        let share = (number(.commissionShares, "operator"), number(.commissionShares, "of"))
        if languages.isEmpty {
            fields.bag.error(.missingField(field: "\(Self.dataKey).rules.application.admission.languages"), at: node.location)
        }
        let examples = top["examples"].map { readExamples($0, field: top.path("examples")) } ?? []
        guard !fields.bag.hasErrors, let plan, let experts, let evaluation, let size, let numerator = share.0,
              let denominator = share.1, let percent else { return nil }
        let rules = CompetitionRules(
            criteria: criteria, commissionAtMost: size, operatorShare: (numerator, denominator), planWorkingDays: plan,
            expertsWorkingDays: experts, evaluationWorkingDays: evaluation, failBelowPercent: percent,
            languages: languages, sources: sources, examples: examples)
        return rules
    }

    private mutating func readCriteria(_ top: MappingFields) -> [ScoringCriterion] {
        guard let listNode = fields.required("criteria", in: top),
              let items = fields.list(listNode, field: top.path("criteria")) else { return [] }
        var criteria: [ScoringCriterion] = []
        for item in items {
            guard let entry = fields.mapping(item, field: top.path("criteria"), keys: Self.criterionKeys) else { continue }
            let id = requiredText("id", entry)
            let name = requiredName(entry)
            let source = requiredText("source", entry)
            var range: ClosedRange<Int>?
            if let rangeNode = fields.required("range", in: entry), let ends = fields.list(rangeNode, field: entry.path("range")) {
                let values = ends.compactMap { fields.wholeNumber($0, field: entry.path("range"), minimum: 0) }
                if values.count == 2, values[0] <= values[1] {
                    range = values[0]...values[1]
                } else if values.count == 2 {
                    fields.bag.error(.standard(.reversedRange(indicator: id ?? "?", from: Double(values[0]), to: Double(values[1]))),
                                     at: rangeNode.location)
                } else if values.count == ends.count {
                    fields.wrongType(rangeNode, field: entry.path("range"), expected: .list)
                }
            }
            if let id, let name, let source, let range {
                if criteria.contains(where: { $0.id == id }) {
                    fields.bag.error(.standard(.duplicateID(what: .indicator, id: id)), at: item.location)
                }
                criteria.append(ScoringCriterion(id: id, name: name, range: range, source: source))
            }
        }
        return criteria
    }

    private mutating func requiredText(_ key: String, _ mapping: MappingFields) -> String? {
        fields.required(key, in: mapping).flatMap { fields.text($0, field: mapping.path(key), nonEmpty: true) }
    }

    private mutating func requiredName(_ mapping: MappingFields) -> LocalizedText? {
        guard let node = fields.required("name", in: mapping),
              let texts = fields.translations(node, field: mapping.path("name")) else { return nil }
        return LocalizedText(wording: { texts[$0] ?? "" })
    }
}
