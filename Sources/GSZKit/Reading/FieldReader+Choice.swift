import GSZYAML

extension FieldReader {
    /// One of `Choice`'s raw values at `node`, or an error that lists them with the closest:
    /// a unit, a role, a language, a format, each a closed set of names.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, field: String, as: Choice.Type, nonEmpty: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        guard let text = text(node, field: field, nonEmpty: nonEmpty) else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let known = Choice.allCases.map(\.rawValue)
        bag.error(.unknownValue(field: field, value: text, known: known,
                                suggestion: Suggestion.closest(to: text, among: known)), at: node.location)
        return nil
    }
}
