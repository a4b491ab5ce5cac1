public import GSZYAML

/// A competition file checked from its parsed document to its verdict: read, then judge.
public struct CompetitionCheck: Sendable {
    /// The rules' numbers.
    public let rules: CompetitionRules
    /// The working days deadlines count in.
    public let calendar: any WorkingDayCounting

    /// A check against `rules` counting on `calendar`.
    public init(rules: CompetitionRules, calendar: any WorkingDayCounting) {
        self.rules = rules
        self.calendar = calendar
    }

    /// What checking one competition found.
    public struct Result: Sendable {
        /// `error` when the file has input errors, else the rules' verdict.
        public var verdict: CompetitionVerdict
        /// The file as read, unless it has errors.
        public var document: CompetitionDocument?
        /// Findings and outcomes; empty when the file has errors.
        public var evaluation: CompetitionEvaluation
        /// Input errors, in document order.
        public var errors: [Diagnostic]
        /// Warnings, in document order.
        public var warnings: [Diagnostic]
    }

    /// The result for the document whose root is `root`, in the file `path`.
    public func check(_ root: YAMLNode, path: String) -> Result {
        let (document, diagnostics) = CompetitionReader(rules: rules).read(root, path: path)
        var errors = diagnostics.filter { $0.severity == .error }
        var warnings = diagnostics.filter { $0.severity == .warning }
        guard let document, errors.isEmpty else {
            return Result(verdict: .error, document: nil, evaluation: CompetitionEvaluation(), errors: Self.ordered(errors),
                          warnings: Self.ordered(warnings))
        }
        let evaluation = CompetitionEvaluator(rules: rules, calendar: calendar).evaluate(document, path: path)
        errors += evaluation.errors
        warnings += evaluation.warnings
        guard errors.isEmpty else {
            return Result(verdict: .error, document: document, evaluation: CompetitionEvaluation(),
                          errors: Self.ordered(errors), warnings: Self.ordered(warnings))
        }
        return Result(verdict: evaluation.level, document: document, evaluation: evaluation, errors: [],
                      warnings: Self.ordered(warnings))
    }

    /// By place, problems without one first, ties in the order found.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let origin = SourceLocation(line: 0, column: 0)
        return diagnostics.enumerated().sorted { a, b in
            let left = a.element.location ?? origin, right = b.element.location ?? origin
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
    }
}

/// A competition file's verdict (contract §7), first that holds.
public enum CompetitionVerdict: String, Sendable, CaseIterable {
    /// The file has input errors.
    case error
    /// Some rule is broken.
    case noncompliant
    /// No rule is broken, but some rule lacks its input.
    case incomplete
    /// Every rule is met; the competition itself may still have failed on some topic.
    case compliant
}
