public import GSZYAML

/// Monitoring logs (contract §11): every project visited each quarter, the semiannual reports
/// submitted by their due days, both from `monitoring_rules:`.
public struct MonitoringFamily: RuleFamily {
    public static let kind = DocumentKind.monitoring

    private let rules: MonitoringRules?
    private let standard: Standard

    /// The examples kept with the monitoring rules.
    public static let dataKeys = ["monitoring_examples"]

    public static let rules = [
        RuleDescription("monitoring.quarterly", "Each project is visited at least once in every calendar quarter of its period that has ended."),
        RuleDescription("monitoring.report", "The half-year monitoring report is submitted by 5 June or 5 December."),
    ]

    public init(standard: Standard) {
        self.standard = standard
        rules = standard.process.monitoring
    }

    public func check(_ document: YAMLDocument, path: String) -> FileResult {
        check(document.root, path: path, source: document.source)
    }

    /// The monitoring logs kept with the standard, each with the findings it must get.
    public func runExamples() -> [ExampleOutcome] {
        RuleExamples.run(key: "monitoring_examples", in: standard) { check($0, path: $1, source: []) }
    }

    /// The log at `root`, read and judged; what `check` and the kept examples share.
    func check(_ root: YAMLNode, path: String, source: [UInt8]) -> FileResult {
        let (read, diagnostics) = MonitoringReader.read(root, path: path)
        var warnings = diagnostics.filter { $0.severity == .warning }
        var errors = diagnostics.filter { $0.severity == .error }
        if rules == nil { errors.append(.error(.rulesMissing(document: "monitoring", key: "monitoring_rules"), path: path, at: nil)) }
        guard let rules, let log = read, errors.isEmpty else {
            return FileResult(path: path, document: .monitoring, verdict: .error, errors: Diagnostic.inDocumentOrder(errors),
                              warnings: Diagnostic.inDocumentOrder(warnings), source: source)
        }
        if let project = MonitoringJudge.overBudget(log) {
            let error = Diagnostic.error(.tooManyQuarters(limit: MonitoringJudge.maxQuarters), path: path, at: project.location)
            return FileResult(path: path, document: .monitoring, verdict: .error, errors: [error],
                              warnings: Diagnostic.inDocumentOrder(warnings), source: source)
        }
        var judge = MonitoringJudge(rules: rules, path: path)
        let findings = judge.judge(log)
        warnings += judge.warnings
        return FileResult(path: path, document: .monitoring, verdict: .of(findings: findings), errors: [],
                          warnings: Diagnostic.inDocumentOrder(warnings), findings: findings, subject: log.body,
                          figures: Self.figures(log, findings), source: source)
    }

    /// Projects under monitoring, and quarters judged and monitored.
    static func figures(_ log: MonitoringLog, _ findings: [RuleFinding]) -> [SummaryFigure] {
        let quarters = findings.filter { $0.rule == "monitoring.quarterly" }
        return [
            SummaryFigure(id: "projects_monitored", label: FigureWord.projectsMonitored.label, value: log.projects.count),
            SummaryFigure(id: "quarters_judged", label: FigureWord.quartersJudged.label, value: quarters.count),
            SummaryFigure(id: "quarters_monitored", label: FigureWord.quartersMonitored.label,
                          value: quarters.filter { $0.level == .meets }.count),
        ]
    }
}
