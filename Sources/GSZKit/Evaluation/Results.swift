public import GSZYAML

/// One indicator's result for one service: value, thresholds, level, and what to do next.
public struct IndicatorResult: Sendable {
    /// The indicator as the standard declares it.
    public let definition: IndicatorDefinition
    /// The thresholds that applied.
    public let threshold: Threshold
    /// The level reached.
    public let level: IndicatorLevel
    /// The computed value; `nil` when the input is missing.
    public let value: Double?
    /// What the level means and what would raise it.
    public let hint: Hint
    /// Where the value comes from in the report (the service, when the input is missing).
    public let location: SourceLocation
    /// The table row that set the thresholds.
    public let rule: IndicatorRule

    /// The value exactly, when it is a whole number the report wrote (a count): past 2^53
    /// `value` is only the nearest Double, and every format shows this instead.
    public var whole: Int? = nil

    /// The indicator's stable id.
    public var id: String { definition.id }
}

/// One service's result.
public struct ServiceResult: Sendable {
    /// The service's id.
    public let id: String
    /// Its kind.
    public let kind: String
    /// Its form, where it has one.
    public let form: String?
    /// Its title, where given.
    public let title: String?
    /// The verdict (README: Verdicts).
    public let verdict: Verdict
    /// Every indicator that applied, in the standard's order.
    public let indicators: [IndicatorResult]
    /// Where the service starts.
    public let location: SourceLocation
    /// The participants reached, where reported (for summaries).
    public let participants: Int?
    /// The success stories reported (a count, or the items of a list), where given (for summaries).
    public let successStories: Int?
    /// 100 × satisfied ÷ respondents where both are given and someone answered (for
    /// summaries), whether or not the standard assesses satisfaction for this form.
    public let satisfaction: Double?
}

/// Who a report is from, for tables and summaries.
public struct ReportIdentity: Sendable, Hashable {
    /// The NGO's name.
    public let ngo: String?
    /// The NGO's BIN.
    public let bin: String?
    /// The project.
    public let project: String?
    /// The reporting period.
    public let period: DateSpan?
    /// The contract number, where given (for telling reports apart in summaries).
    public var contract: String? = nil
}

/// Everything gsz found about one input file: the result tree every output format renders.
///
/// A report's tree is its services and their indicators; a document judged by rules (a
/// discussion, a competition, a monitoring log) has findings instead, and a competition the
/// outcome of each topic. Which parts a file has follows from `document`.
public struct FileResult: Sendable {
    /// The file as the user named it, or as found under a folder; `-` for standard input.
    public let path: String
    /// What kind of document the file is; `.report` for files that could not be read as any.
    public let document: DocumentKind
    /// The file's verdict (README: Verdicts; contract §7 for documents judged by rules).
    public let verdict: Verdict
    /// Input errors; non-empty exactly when the verdict is `error`.
    public let errors: [Diagnostic]
    /// Warnings: unknown keys, dates outside the period. They never change a verdict.
    public let warnings: [Diagnostic]
    /// Each service's result, in document order; empty when the file has errors.
    public let services: [ServiceResult]
    /// Who the report is from, where it could be read.
    public let identity: ReportIdentity?
    /// Each rule applied to a document judged by rules, in the order the rules are listed.
    public let findings: [RuleFinding]
    /// Each topic's outcome, for a competition.
    public let outcomes: [TopicOutcome]
    /// Who the document is from when it is not a report (the state body, the operator).
    public let subject: String?
    /// What the file adds to the counts of `gsz summary`.
    public let figures: [SummaryFigure]
    /// A competition's commission and criteria, for the page a commission attaches to its minutes.
    public let competition: CompetitionSheet?
    /// The file's bytes, to quote lines under diagnostics.
    public let source: [UInt8]

    /// A result with every field given; a report's result needs none of the parts that
    /// documents judged by rules have.
    public init(
        path: String, document: DocumentKind = .report, verdict: Verdict, errors: [Diagnostic],
        warnings: [Diagnostic], services: [ServiceResult] = [], identity: ReportIdentity? = nil,
        findings: [RuleFinding] = [], outcomes: [TopicOutcome] = [], subject: String? = nil,
        figures: [SummaryFigure] = [], competition: CompetitionSheet? = nil, source: [UInt8]
    ) {
        self.path = path
        self.document = document
        self.verdict = verdict
        self.errors = DiagnosticLimit.capped(errors, severity: .error, path: path)
        self.warnings = DiagnosticLimit.capped(warnings, severity: .warning, path: path)
        self.services = services
        self.identity = identity
        self.findings = findings
        self.outcomes = outcomes
        self.subject = subject
        self.figures = figures
        self.competition = competition
        self.source = source
    }

    /// A file that could not be checked at all (missing, unreadable), for `problem`.
    public static func failed(path: String, _ problem: Message, at location: SourceLocation? = nil) -> FileResult {
        FileResult(path: path, verdict: .error, errors: [.error(problem, path: path, at: location)], warnings: [],
                   source: [])
    }
}
