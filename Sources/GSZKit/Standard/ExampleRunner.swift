/// What one kept example gave: nothing to report when it passes, else each mismatch (or
/// each reason its document could not be read), placed where the example says it.
///
/// Every rule family's examples come back as these, so `gsz standard test` runs them all alike.
public struct ExampleOutcome: Sendable {
    /// What the example shows, as its file names it.
    public let name: String
    /// `path:line:column` of the example.
    public let place: String
    /// Its mismatches and read problems, empty when it passes.
    public let problems: [Diagnostic]

    /// The outcome of the example called `name` at `place`.
    public init(name: String, place: String, problems: [Diagnostic]) {
        self.name = name
        self.place = place
        self.problems = problems
    }

    /// The outcome of a kept service `example`.
    init(example: StandardExample, problems: [Diagnostic]) {
        self.init(name: example.name, place: example.place, problems: problems)
    }

    /// Whether the service got what the example expects.
    public var passed: Bool { problems.isEmpty }
}

/// Runs the examples kept with a standard (`gsz standard test`), the way `opa test` runs a
/// policy's tests: each example's service is read by the same rules as a service of a
/// report, evaluated, and compared with the verdict and levels it expects.
///
/// An example only checks what it writes down: indicators it does not name may have any level.
public struct ExampleRunner: Sendable {
    private let reader: ReportReader
    private let evaluator: Evaluator

    /// A runner judging against `standard`.
    public init(standard: Standard) {
        reader = ReportReader(standard: standard)
        evaluator = Evaluator(standard: standard)
    }

    /// Every kept service example of `standard`, in file order.
    public static func run(_ standard: Standard) -> [ExampleOutcome] {
        let runner = ExampleRunner(standard: standard)
        return standard.examples.map(runner.run)
    }

    /// Every example of every rule family (services first), then the calendar's, as `gsz standard test` runs them.
    public static func runAll(_ standard: Standard) -> [ExampleOutcome] {
        RuleFamilies.all.flatMap { $0.init(standard: standard).runExamples() } + CalendarExample.runAll(standard)
    }

    /// One example's outcome.
    public func run(_ example: StandardExample) -> ExampleOutcome {
        let (service, diagnostics) = reader.readService(example.service, path: example.path)
        // An example is a test: a warning there (a misspelt key) is a mistake in the test.
        let readProblems = diagnostics.map {
            Diagnostic(.error, $0.message, path: $0.path, at: $0.location,
                       notes: $0.notes + [.standard(.exampleInvalid(example: example.name))])
        }
        guard let service else {
            let expectsError = example.verdict == .error && diagnostics.allSatisfy { $0.severity == .error }
            return ExampleOutcome(example: example, problems: expectsError ? [] : readProblems)
        }
        let result = evaluator.evaluate(service)
        var problems = readProblems
        if let expected = example.verdict, expected != result.verdict {
            problems.append(.error(.standard(.exampleVerdict(example: example.name, expected: expected.rawValue,
                                                             actual: result.verdict.rawValue)),
                                   path: example.path, at: example.verdictLocation))
        }
        for expected in example.levels {
            let actual = result.indicators.first { $0.id == expected.indicator }?.level
            guard actual != expected.level else { continue }
            problems.append(.error(.standard(.exampleLevel(
                example: example.name, indicator: expected.indicator,
                expected: Self.name(expected.level), actual: Self.name(actual))),
                path: example.path, at: expected.location))
        }
        return ExampleOutcome(example: example, problems: problems)
    }

    /// A level as the examples write it; an indicator that does not apply is `not_assessed`.
    private static func name(_ level: IndicatorLevel?) -> String {
        level?.rawValue ?? Verdict.notAssessed.rawValue
    }
}
