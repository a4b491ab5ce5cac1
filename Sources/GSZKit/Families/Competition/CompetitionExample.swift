public import GSZYAML

/// A competition kept with the rules together with what checking it must give: the
/// rules' own tests, run by `gsz standard test`, each citing the slide it shows.
public struct CompetitionExample: Sendable {
    /// What the example shows.
    public let name: String
    /// The slide (or other source) it illustrates.
    public let source: String
    /// The file it is kept in.
    public let path: String
    /// Where it starts.
    public let location: SourceLocation
    /// The competition file's root mapping (`competition`, `commission`, `applications`).
    let document: YAMLNode
    /// The verdict it must get, where written.
    let verdict: Expected<CompetitionVerdict>?
    /// Levels it must get, by rule id (the worst over the rule's findings) or `rule item`.
    let findings: [(key: String, level: Expected<IndicatorLevel>)]
    /// Topic outcomes it must get, by topic id: `held A1`, `failed 5`.
    let topics: [(id: String, outcome: Expected<String>)]

    /// An expected value and where it is written.
    struct Expected<Value: Sendable>: Sendable {
        let value: Value
        let location: SourceLocation
    }

    /// The mismatches, each placed at the expectation it breaks; nothing when it passes.
    public func run(_ check: CompetitionCheck) -> [Diagnostic] {
        let result = check.check(document, path: path)
        var problems: [Diagnostic] = []
        func fail(_ what: String, _ expected: String, _ actual: String, at location: SourceLocation) {
            problems.append(.error(.standard(.exampleLevel(example: name, indicator: what, expected: expected, actual: actual)),
                                   path: path, at: location))
        }
        if let verdict, verdict.value != result.verdict {
            problems.append(.error(.standard(.exampleVerdict(example: name, expected: verdict.value.rawValue,
                                                             actual: result.verdict.rawValue)), path: path, at: verdict.location))
        }
        for (key, expected) in findings {
            let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
            let matching = result.evaluation.findings.filter {
                $0.rule == parts[0] && (parts.count == 1 || $0.item == parts[1])
            }
            let worst = matching.map(\.level).min { Self.rank($0) < Self.rank($1) }
            let actual = worst?.rawValue ?? "not_assessed"
            if actual != expected.value.rawValue { fail(key, expected.value.rawValue, actual, at: expected.location) }
        }
        for (id, expected) in topics {
            let actual = result.evaluation.topics.first { $0.id == id }.map(Self.describe) ?? "not_assessed"
            if actual != expected.value { fail(id, expected.value, actual, at: expected.location) }
        }
        return problems
    }

    /// `held A1` or `failed 5`, as examples write outcomes.
    static func describe(_ topic: TopicResult) -> String {
        topic.outcome == .held ? "held \(topic.winner ?? "")" : "failed \(topic.ground ?? 0)"
    }

    /// Broken first, then missing, then met.
    private static func rank(_ level: IndicatorLevel) -> Int {
        switch level {
        case .noncompliant: 0
        case .missing: 1
        default: 2
        }
    }
}

extension CompetitionRulesReader {
    private static let exampleKeys = KeySet(["name", "source", "document", "expect"])
    private static let expectKeys = KeySet(["verdict", "findings", "topics"])

    /// The examples listed under `competition_rules.examples`.
    mutating func readExamples(_ node: YAMLNode, field: String) -> [CompetitionExample] {
        guard let list = fields.list(node, field: field) else { return [] }
        var examples: [CompetitionExample] = []
        for item in list {
            guard let example = fields.mapping(item, field: field, keys: Self.exampleKeys),
                  let name = fields.required("name", in: example).flatMap({ fields.text($0, field: "name", nonEmpty: true) }),
                  let source = fields.required("source", in: example).flatMap({ fields.text($0, field: "source", nonEmpty: true) }),
                  let document = fields.required("document", in: example),
                  let expectNode = fields.required("expect", in: example),
                  let expect = fields.mapping(expectNode, field: "expect", keys: Self.expectKeys) else { continue }
            var verdict: CompetitionExample.Expected<CompetitionVerdict>?
            if let node = expect["verdict"], let text = fields.text(node, field: "expect.verdict") {
                if let value = CompetitionVerdict(rawValue: text) {
                    verdict = .init(value: value, location: node.location)
                } else {
                    fields.bag.error(.unknownValue(field: "expect.verdict", value: text,
                                                   known: CompetitionVerdict.allCases.map(\.rawValue), suggestion: nil),
                                     at: node.location)
                }
            }
            var findings: [(String, CompetitionExample.Expected<IndicatorLevel>)] = []
            for (key, value) in pairs(expect["findings"], field: "expect.findings") {
                let levels: [IndicatorLevel] = [.meets, .noncompliant, .missing]
                guard let text = fields.text(value, field: "expect.findings"),
                      let level = levels.first(where: { $0.rawValue == text }) else {
                    fields.bag.error(.unknownValue(field: "expect.findings", value: value.text, known: levels.map(\.rawValue),
                                                   suggestion: nil), at: value.location)
                    continue
                }
                findings.append((key.text, .init(value: level, location: value.location)))
            }
            var topics: [(String, CompetitionExample.Expected<String>)] = []
            for (key, value) in pairs(expect["topics"], field: "expect.topics") {
                if let text = fields.text(value, field: "expect.topics") { topics.append((key.text, .init(value: text, location: value.location))) }
            }
            if verdict == nil && findings.isEmpty && topics.isEmpty {
                fields.bag.error(.standard(.exampleExpectsNothing(example: name)), at: expectNode.location)
            }
            examples.append(CompetitionExample(name: name, source: source, path: fields.bag.path, location: item.location,
                                               document: document, verdict: verdict, findings: findings, topics: topics))
        }
        return examples
    }

    /// The pairs of the mapping at `node`, if it is one (an error if not).
    private mutating func pairs(_ node: YAMLNode?, field: String) -> [(key: YAMLNode, value: YAMLNode)] {
        guard let node else { return [] }
        guard node.kind == .mapping else {
            fields.wrongType(node, field: field, expected: .mapping)
            return []
        }
        return Array(node.pairs)
    }
}
