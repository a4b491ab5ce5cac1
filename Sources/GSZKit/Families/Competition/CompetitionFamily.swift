public import GSZYAML

/// Grant competitions (contract §10): the Plan and the announcement, the commission, the
/// applications and their scores, judged by the rules in the standard's `competition_rules:`
/// file and counted in working days by the standard's calendar; each topic's outcome
/// worked out from the scores.
public struct CompetitionFamily: RuleFamily {
    public static let kind = DocumentKind.competition
    public static let dataKeys = [CompetitionRulesReader.dataKey]

    public static let rules = [
        RuleDescription("plan.deadline", "The Plan of grants is approved within 20 working days of the budget."),
        RuleDescription("announcement.contents", "The announcement gives the deadline with its time, the documents required and the project terms."),
        RuleDescription("application.admission", "Each admitted application came in time, in Kazakh and/or Russian, from an NGO in the NGO database."),
        RuleDescription("commission.size", "The commission has at most 15 people, the secretary included."),
        RuleDescription("commission.odd", "The commission has an odd number of members besides the secretary (the operator's FAQ)."),
        RuleDescription("commission.roles", "The commission has exactly one chair, one deputy and one secretary."),
        RuleDescription("commission.shares", "At most 30% of the members are proposed by the operator, the rest by NGOs."),
        RuleDescription("commission.operator_staff", "No member of the commission is an employee of the operator."),
        RuleDescription("experts.notified", "The experts get the applicant list within 3 working days of the deadline."),
        RuleDescription("evaluation.length", "The commission's evaluation takes at most 15 working days."),
        RuleDescription("score.range", "Each score row gives every criterion a whole score within its range."),
        RuleDescription("score.member", "Each score row is by a member of the commission, not the secretary, without a declared conflict."),
    ]

    private let check: CompetitionCheck?

    public init(standard: Standard) {
        check = Self.rules(in: standard).rules.map { CompetitionCheck(rules: $0, calendar: standard.process.calendar) }
    }

    /// The problems of the standard's `competition_rules:` files: every located error, and a
    /// second file giving the rules again. A standard without such a file is usable for
    /// other documents; competitions checked against it are refused.
    public static func problems(in standard: Standard) -> [Diagnostic] {
        rules(in: standard).diagnostics
    }

    /// The rules the standard's files give, or `nil`, with every problem found.
    static func rules(in standard: Standard) -> (rules: CompetitionRules?, diagnostics: [Diagnostic]) {
        let files = standard.data(CompetitionRulesReader.dataKey)
        var diagnostics: [Diagnostic] = []
        var rules: CompetitionRules?
        for (index, file) in files.enumerated() {
            guard let node = file.document.root.value(forKey: CompetitionRulesReader.dataKey) else { continue }
            if index > 0 {
                diagnostics.append(.error(.standard(.duplicateID(what: .rules, id: CompetitionRulesReader.dataKey)),
                                          path: file.path, at: file.document.root.location))
                continue
            }
            var reader = CompetitionRulesReader(fields: FieldReader(path: file.path, unknownKeys: .error))
            rules = reader.read(node)
            diagnostics += reader.fields.bag.all
        }
        return (diagnostics.contains { $0.severity == .error } ? nil : rules, diagnostics)
    }

    public func check(_ document: YAMLDocument, path: String) -> FileResult {
        guard let check else {
            let refusal = Diagnostic.error(.rulesMissing(document: Self.kind.rawValue, key: CompetitionRulesReader.dataKey),
                                           path: path, at: document.root.location)
            return FileResult(path: path, document: Self.kind, verdict: .error, errors: [refusal], warnings: [],
                              source: document.source)
        }
        let result = check.check(document.root, path: path)
        let verdict: Verdict = switch result.verdict {
        case .error: .error
        case .noncompliant: .noncompliant
        case .incomplete: .incomplete
        case .compliant: .compliant
        }
        guard verdict != .error else {
            return FileResult(path: path, document: Self.kind, verdict: .error, errors: result.errors,
                              warnings: result.warnings, subject: result.document?.theOperator, source: document.source)
        }
        let topics = result.evaluation.topics
        return FileResult(path: path, document: Self.kind, verdict: verdict, errors: [], warnings: result.warnings,
                          findings: result.evaluation.findings,
                          outcomes: topics.map { Self.outcome($0, criteria: check.rules.criteria) },
                          subject: result.document?.theOperator, figures: CompetitionFigures.figures(of: topics),
                          competition: result.document.map { CompetitionSheet($0, rules: check.rules) },
                          source: document.source)
    }

    public func runExamples() -> [ExampleOutcome] {
        guard let check else { return [] }
        return check.rules.examples.map { example in
            ExampleOutcome(name: example.name, place: "\(example.path):\(example.location)", problems: example.run(check))
        }
    }

    /// The engine's outcome for `topic`; applications without a score that counts are left
    /// out of the ranking, since they have no place in it.
    static func outcome(_ topic: TopicResult, criteria: [ScoringCriterion]) -> TopicOutcome {
        let ranking = topic.ranking.compactMap { entry -> TopicOutcome.Ranked? in
            guard let score = entry.score, let percent = entry.percent else { return nil }
            return TopicOutcome.Ranked(id: entry.id, score: score, percent: percent,
                                       criteria: criteria.map { entry.criteria[$0.id] ?? 0 })
        }
        return TopicOutcome(id: topic.id, title: topic.title, held: topic.outcome == .held, ground: topic.ground,
                            winner: topic.winner, ranking: ranking, explanation: topic.message, location: topic.location)
    }
}

extension CompetitionRuleID {
    /// Whether the rule is a deadline, whose findings always carry `due` and `actual`.
    var isDeadline: Bool { self == .planDeadline || self == .expertsNotified }
}
