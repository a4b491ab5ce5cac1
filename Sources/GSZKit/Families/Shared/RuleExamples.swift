import GSZYAML

/// Documents kept with a family's rules together with what they must get (`gsz standard test`):
/// a changed deadline is a data change plus examples.
///
/// ```yaml
/// discussion_examples:
///   - name: closed one working day early
///     document: {discussion: {…}, topics: […]}
///     expect:
///       verdict: noncompliant
///       findings: {discussion.length: noncompliant, "topic.fields 1": meets}   # a rule, or a rule and its item; not_applied
///       due: {discussion.length: 2026-09-15}
/// ```
enum RuleExamples {
    private static let exampleKeys = KeySet(["name", "document", "expect"])
    private static let expectKeys = KeySet(["verdict", "findings", "due"])

    /// Every example under root key `key` of `standard`'s data files, each judged by `check`.
    static func run(key: String, in standard: Standard, check: (YAMLNode, String) -> FileResult) -> [ExampleOutcome] {
        var outcomes: [ExampleOutcome] = []
        for file in standard.data(key) {
            var fields = FieldReader(path: file.path, unknownKeys: .error)
            guard let top = fields.mapping(file.document.root, field: "", keys: KeySet([key])),
                  let listNode = fields.required(key, in: top), let list = fields.list(listNode, field: key) else {
                outcomes.append(ExampleOutcome(name: key, place: file.path, problems: fields.bag.all))
                continue
            }
            for item in list {
                var reader = FieldReader(path: file.path, unknownKeys: .error)
                outcomes.append(run(item, path: file.path, fields: &reader, check: check))
            }
            if !fields.bag.all.isEmpty { outcomes.append(ExampleOutcome(name: key, place: file.path, problems: fields.bag.all)) }
        }
        return outcomes
    }

    private static func run(_ item: YAMLNode, path: String, fields: inout FieldReader,
                            check: (YAMLNode, String) -> FileResult) -> ExampleOutcome {
        let place = "\(path):\(item.location)"
        guard let example = fields.mapping(item, field: "examples", keys: exampleKeys),
              let name = fields.required("name", in: example).flatMap({ fields.text($0, field: "name", nonEmpty: true) }),
              let document = fields.required("document", in: example),
              let expectNode = fields.required("expect", in: example),
              let expect = fields.mapping(expectNode, field: "expect", keys: expectKeys) else {
            return ExampleOutcome(name: "?", place: place, problems: fields.bag.all)
        }
        let result = check(document, path)
        var problems: [Diagnostic] = []
        if let verdictNode = expect["verdict"], let verdict = fields.text(verdictNode, field: "expect.verdict"),
           verdict != result.verdict.rawValue {
            problems.append(.error(.standard(.exampleVerdict(example: name, expected: verdict, actual: result.verdict.rawValue)),
                                   path: path, at: verdictNode.location))
        }
        for (key, value) in pairs(expect["findings"], field: "expect.findings", fields: &fields) {
            let found = finding(key.text, in: result)
            // A rule that must not apply to the document is written `not_applied`.
            guard let level = fields.text(value, field: "expect.findings." + key.text),
                  level != (found?.level.rawValue ?? "not_applied") else { continue }
            problems.append(.error(.standard(.exampleLevel(example: name, indicator: key.text, expected: level,
                                                           actual: found?.level.rawValue ?? "not_applied")),
                                   path: path, at: value.location))
        }
        for (key, value) in pairs(expect["due"], field: "expect.due", fields: &fields) {
            guard let due = fields.date(value, field: "expect.due." + key.text) else { continue }
            let actual = finding(key.text, in: result)?.due
            guard actual != due else { continue }
            problems.append(.error(.standard(.calendarExample(example: name, expected: "\(due)", actual: actual.map { "\($0)" } ?? "—")),
                                   path: path, at: value.location))
        }
        if result.verdict == .error && expect["verdict"].map({ !$0.scalarEquals("error") }) ?? true {
            problems += result.errors.map {
                Diagnostic(.error, $0.message, path: path, at: $0.location, notes: [.standard(.exampleInvalid(example: name))])
            }
        }
        return ExampleOutcome(name: name, place: place, problems: fields.bag.all + problems)
    }

    /// The finding written `rule` or `rule item`.
    private static func finding(_ label: String, in result: FileResult) -> RuleFinding? {
        result.findings.first { finding in
            guard let item = finding.item else { return finding.rule == label }
            return finding.rule + " " + item == label
        }
    }

    /// The key–value pairs of an optional mapping; a value of another kind is an error.
    private static func pairs(_ node: YAMLNode?, field: String, fields: inout FieldReader) -> [(key: YAMLNode, value: YAMLNode)] {
        guard let node else { return [] }
        guard node.kind == .mapping else {
            fields.wrongType(node, field: field, expected: .mapping)
            return []
        }
        return node.pairs.map { (key: $0.key, value: $0.value) }
    }
}
