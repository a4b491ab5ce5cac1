public import GSZYAML

/// Public discussions of planned topics (contract §9): read with located input errors, judged
/// by the deadlines of `discussion_rules:` in working days of the standard's calendar.
public struct DiscussionFamily: RuleFamily {
    public static let kind = DocumentKind.discussion

    private let rules: DiscussionRules?
    private let calendar: WorkingCalendar
    private let standard: Standard

    public init(standard: Standard) {
        self.standard = standard
        rules = standard.process.discussion
        calendar = standard.process.calendar
    }

    /// The examples kept with the discussion rules (the rules themselves are read into `Standard.process`).
    public static let dataKeys = ["discussion_examples"]

    public static let rules = [
        RuleDescription("discussion.length", "The discussion closes no earlier than the 10th working day after the topics were posted."),
        RuleDescription("discussion.considered", "Comments are considered after the discussion closes, within 3 working days."),
        RuleDescription("discussion.report", "The report on the discussion is published on or after the day comments were considered."),
        RuleDescription("topic.fields", "Each topic gives its justification, target group and expected result."),
        RuleDescription("comment.reason", "Each rejected comment gives the reason it was not accepted."),
        RuleDescription("comment.totals", "The stated totals equal the accepted and rejected rows."),
    ]

    public func check(_ document: YAMLDocument, path: String) -> FileResult {
        check(document.root, path: path, source: document.source)
    }

    /// The discussion at `root`, read and judged; what `check` and the kept examples share.
    func check(_ root: YAMLNode, path: String, source: [UInt8]) -> FileResult {
        let (read, diagnostics) = DiscussionReader.read(root, path: path)
        let warnings = diagnostics.filter { $0.severity == .warning }
        var errors = diagnostics.filter { $0.severity == .error }
        guard let rules else {
            errors.append(.error(.rulesMissing(document: "discussion", key: "discussion_rules"), path: path, at: nil))
            return Self.failed(path, errors, warnings, source)
        }
        guard let discussion = read, errors.isEmpty else { return Self.failed(path, errors, warnings, source) }
        var judge = DiscussionJudge(rules: rules, calendar: calendar, path: path)
        let findings = judge.judge(discussion)
        let counted = warnings + judge.counter.warnings
        guard judge.counter.errors.isEmpty else { return Self.failed(path, judge.counter.errors, counted, source) }
        return FileResult(path: path, document: .discussion, verdict: .of(findings: findings), errors: [],
                          warnings: Diagnostic.inDocumentOrder(counted), findings: findings, subject: discussion.body,
                          figures: Self.figures(findings), source: source)
    }

    /// The discussions kept with the standard, each with the findings it must get.
    public func runExamples() -> [ExampleOutcome] {
        RuleExamples.run(key: "discussion_examples", in: standard) { check($0, path: $1, source: []) }
    }

    private static func failed(_ path: String, _ errors: [Diagnostic], _ warnings: [Diagnostic], _ source: [UInt8]) -> FileResult {
        FileResult(path: path, document: .discussion, verdict: .error, errors: Diagnostic.inDocumentOrder(errors),
                   warnings: Diagnostic.inDocumentOrder(warnings), source: source)
    }

    /// One discussion, and whether it was in time: it ran its full term and its comments
    /// were considered by their deadline.
    static func figures(_ findings: [RuleFinding]) -> [SummaryFigure] {
        let deadlines = findings.filter { $0.rule == "discussion.length" || $0.rule == "discussion.considered" }
        let inTime = deadlines.count == 2 && deadlines.allSatisfy { $0.level == .meets }
        return [
            SummaryFigure(id: "discussions", label: FigureWord.discussions.label, value: 1),
            SummaryFigure(id: "discussions_in_time", label: FigureWord.discussionsInTime.label, value: inTime ? 1 : 0),
        ]
    }
}
