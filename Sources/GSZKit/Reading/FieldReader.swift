import GSZYAML

/// Reads typed values out of YAML nodes, field by field, recording every problem with its
/// place instead of stopping at the first.
///
/// The field decides the type: a text field takes `no` or `090140020201` as written, a
/// number field reads the digits whether quoted or not, and anything else is an error that
/// names the field and the type it needs. Each accessor returns `nil` after recording why.
struct FieldReader: Sendable {
    /// Everything found so far.
    var bag: DiagnosticBag
    /// How unknown keys are reported: warnings in reports, errors in standard files.
    var unknownKeySeverity: Diagnostic.Severity

    /// A reader for the file at `path`.
    public init(path: String, unknownKeys: Diagnostic.Severity = .warning) {
        bag = DiagnosticBag(path: path)
        unknownKeySeverity = unknownKeys
    }

    /// The mapping at `node` read against `keys`; non-text and unknown keys are reported
    /// (unknown ones with the closest known key).
    public mutating func mapping(_ node: YAMLNode, field: String, keys: KeySet) -> MappingFields? {
        guard node.kind == .mapping else {
            wrongType(node, field: field, expected: .mapping)
            return nil
        }
        var values = [YAMLNode?](repeating: nil, count: keys.names.count)
        for (key, value) in node.pairs {
            guard key.kind == .scalar else {
                bag.error(.keyNotText, at: key.location)
                continue
            }
            if let index = keys.index(of: key) {
                values[index] = value
            } else {
                reportUnknownKey(key, among: keys)
            }
        }
        return MappingFields(node: node, field: field, keys: keys, values: values)
    }

    /// Records that scalar `key` is none of `keys`, with the closest of them.
    mutating func reportUnknownKey(_ key: YAMLNode, among keys: KeySet) {
        guard bag.keeps(unknownKeySeverity) else { return bag.count(unknownKeySeverity) }
        let name = key.text
        let message = Message.unknownKey(key: name, suggestion: Suggestion.closest(to: name, among: keys.names))
        bag.append(Diagnostic(unknownKeySeverity, message, path: bag.path, at: key.location))
    }

    /// The non-null value under `key`, or an error that it is missing.
    public mutating func required(_ key: String, in fields: MappingFields) -> YAMLNode? {
        if let value = fields[key] { return value }
        bag.error(.missingField(field: fields.path(key)), at: fields.node.location)
        return nil
    }

    /// Text: any scalar, as written.
    public mutating func text(_ node: YAMLNode, field: String, nonEmpty: Bool = false) -> String? {
        guard node.kind == .scalar else {
            wrongType(node, field: field, expected: .text)
            return nil
        }
        guard node.tag == .none || node.tag == .string else { return tagNotForField(node, field: field, expected: .text) }
        // Blank is checked on bytes: Unicode property lookups per character cost more than
        // the rest of reading a field.
        let blank = nonEmpty && node.withScalarBytes { bytes in
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        if blank {
            bag.error(.emptyText(field: field), at: node.location)
            return nil
        }
        return node.text
    }

    /// A whole number, at least `minimum` when given.
    public mutating func wholeNumber(_ node: YAMLNode, field: String, minimum: Int? = nil) -> Int? {
        guard node.kind == .scalar else {
            wrongType(node, field: field, expected: .integer)
            return nil
        }
        guard node.tag == .none || node.tag == .integer else { return tagNotForField(node, field: field, expected: .integer) }
        switch node.withScalarBytes(ScalarSyntax.wholeNumber) {
        case .value(let value):
            if let minimum, value < minimum {
                bag.error(minimum == 0 ? .negative(field: field, value: String(value))
                                       : .notPositive(field: field, value: String(value)), at: node.location)
                return nil
            }
            return value
        case .tooLarge:
            bag.error(.numberTooLarge(field: field), at: node.location)
            return nil
        case .notWhole:
            wrongType(node, field: field, expected: .integer)
            return nil
        }
    }

    /// A number, at least (or, when `exclusive`, above) `minimum` when given.
    public mutating func number(_ node: YAMLNode, field: String, minimum: Double? = nil, exclusive: Bool = false) -> Double? {
        guard node.kind == .scalar else {
            wrongType(node, field: field, expected: .number)
            return nil
        }
        guard node.tag == .none || node.tag == .integer || node.tag == .float else {
            return tagNotForField(node, field: field, expected: .number)
        }
        guard let value = node.withScalarBytes(ScalarSyntax.number) else {
            wrongType(node, field: field, expected: .number)
            return nil
        }
        if let minimum, exclusive ? value <= minimum : value < minimum {
            let shown = NumberText.plain(value)
            bag.error(exclusive ? .notPositive(field: field, value: shown) : .negative(field: field, value: shown),
                      at: node.location)
            return nil
        }
        return value
    }

    /// A date written `YYYY-MM-DD` that exists on the calendar. The field's name is only
    /// worked out when there is an error to word (spans name theirs `dates.from`).
    public mutating func date(_ node: YAMLNode, field: @autoclosure () -> String) -> CalendarDate? {
        guard node.kind == .scalar else {
            wrongType(node, field: field(), expected: .date)
            return nil
        }
        guard node.tag == .none || node.tag == .string else { return tagNotForField(node, field: field(), expected: .date) }
        switch node.withScalarBytes(ScalarSyntax.date) {
        case .date(let date): return date
        case .nonexistent: bag.error(.nonexistentDate(field: field(), text: node.text), at: node.location)
        case .malformed: bag.error(.malformedDate(field: field(), text: Wording.excerpt(node.text)), at: node.location)
        }
        return nil
    }

    private static let spanKeys = KeySet(["from", "to"])

    /// A `{from, to}` mapping of dates, `from` not after `to`.
    mutating func dateSpan(_ node: YAMLNode, field: String) -> DateSpan? {
        guard node.kind == .mapping else {
            wrongType(node, field: field, expected: .dateRange)
            return nil
        }
        // Read pair by pair: every service has one of these, so no per-mapping allocation.
        var ends: (from: YAMLNode?, to: YAMLNode?) = (nil, nil)
        for (key, value) in node.pairs {
            guard key.kind == .scalar else {
                bag.error(.keyNotText, at: key.location)
                continue
            }
            switch Self.spanKeys.index(of: key) {
            case 0?: ends.from = value.isNull ? nil : value
            case 1?: ends.to = value.isNull ? nil : value
            default: reportUnknownKey(key, among: Self.spanKeys)
            }
        }
        if ends.from == nil { bag.error(.missingField(field: field + ".from"), at: node.location) }
        if ends.to == nil { bag.error(.missingField(field: field + ".to"), at: node.location) }
        let from = ends.from.flatMap { date($0, field: field + ".from") }
        let to = ends.to.flatMap { date($0, field: field + ".to") }
        guard let from, let to, let toNode = ends.to else { return nil }
        guard from <= to else {
            bag.error(.reversedDates(field: field, from: "\(from)", to: "\(to)"), at: toNode.location)
            return nil
        }
        return DateSpan(from: from, to: to)
    }

    /// `true` or `false`, nothing else (no YAML 1.1 `yes`, `on`).
    public mutating func boolean(_ node: YAMLNode, field: String) -> Bool? {
        guard node.kind == .scalar else {
            wrongType(node, field: field, expected: .boolean)
            return nil
        }
        guard node.tag == .none || node.tag == .boolean else { return tagNotForField(node, field: field, expected: .boolean) }
        if node.scalarEquals("true") { return true }
        if node.scalarEquals("false") { return false }
        wrongType(node, field: field, expected: .boolean)
        return nil
    }

    /// A list's items, or an error that the value is not a list.
    public mutating func list(_ node: YAMLNode, field: String) -> YAMLNode.Children? {
        guard node.kind == .sequence else {
            wrongType(node, field: field, expected: .list)
            return nil
        }
        return node.items
    }

    /// Records that `node` is not of the `expected` kind.
    public mutating func wrongType(_ node: YAMLNode, field: String, expected: ValueKind) {
        bag.error(.wrongType(field: field, expected: expected, found: FoundValue(node.kind, node.text)), at: node.location)
    }

    /// Records that `node`'s tag, a core one that fits its text, does not fit a field of the
    /// `expected` kind (`!!float 12` for a count); nil, for the accessor to return.
    private mutating func tagNotForField<Value>(_ node: YAMLNode, field: String, expected: ValueKind) -> Value? {
        bag.error(.tagNotForField(field: field, tag: node.tag.spelled, expected: expected), at: node.location)
        return nil
    }
}
