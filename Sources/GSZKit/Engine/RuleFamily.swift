public import GSZYAML

/// A kind of document and the rules that judge it: reports and their services, public
/// discussions, grant competitions, monitoring logs.
///
/// A family reads its documents with the located readers of `Reading/`, takes its numbers
/// (thresholds, deadlines, limits) from the standard's files, and returns the result tree
/// every output format renders. Families are listed once, in `RuleFamilies.all`; the
/// checker hands each parsed document to the family whose root key it holds.
public protocol RuleFamily: Sendable {
    /// The kind of document this family judges; its raw value is the document's root key.
    static var kind: DocumentKind { get }
    /// The root keys of the standard's data files this family reads (`calendar`,
    /// `discussion_rules`); the standard loader keeps such files for it.
    static var dataKeys: [String] { get }
    /// Every problem in the family's data files, each located, for `gsz standard lint` and
    /// for refusing a standard that cannot be used.
    static func problems(in standard: Standard) -> [Diagnostic]
    /// The family judging by `standard`, which has no problems (`problems(in:)` is empty).
    init(standard: Standard)
    /// Reads and judges one document whose root mapping holds the family's root key; every
    /// problem is a diagnostic in the result, never a throw.
    func check(_ document: YAMLDocument, path: String) -> FileResult
    /// Runs the examples kept with the standard for this kind of document (`gsz standard test`).
    func runExamples() -> [ExampleOutcome]
    /// Every rule the family's findings carry, with what it checks: formats that name their
    /// rules before the first file (SARIF's `tool.driver.rules`) list these.
    static var rules: [RuleDescription] { get }
}

/// A rule of a family, by its stable id, with one English sentence on what it checks.
public struct RuleDescription: Sendable, Hashable {
    /// The id findings carry (`discussion.length`).
    public let id: String
    /// What the rule checks.
    public let summary: String

    /// A rule with its summary.
    public init(_ id: String, _ summary: String) {
        self.id = id
        self.summary = summary
    }
}

extension RuleFamily {
    /// No data files of its own.
    public static var dataKeys: [String] { [] }

    /// No data files, so nothing to find wrong.
    public static func problems(in standard: Standard) -> [Diagnostic] { [] }

    /// No examples of its own.
    public func runExamples() -> [ExampleOutcome] { [] }

    /// No rules listed.
    public static var rules: [RuleDescription] { [] }
}

/// The families gsz knows, in the order their kinds are documented. Adding a kind of
/// document is adding its family here.
public enum RuleFamilies {
    /// Every family.
    public static let all: [any RuleFamily.Type] = [
        ReportFamily.self,
        DiscussionFamily.self,
        MonitoringFamily.self,
        CompetitionFamily.self,
    ]

    /// The root keys of every family's data files, and of the calendar and deadlines several families count with.
    static let dataKeys: [String] = all.flatMap { $0.dataKeys } + ProcessRules.dataKeys

    /// Every family's problems with `standard`'s data files.
    static func problems(in standard: Standard) -> [Diagnostic] {
        all.flatMap { $0.problems(in: standard) }
    }
}
