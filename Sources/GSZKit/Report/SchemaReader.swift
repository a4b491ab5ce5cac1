import GSZYAML

/// Reads a mapping against an `ObjectSpec` into a `FieldRecord`, one field at a time,
/// with every problem recorded by the underlying `FieldReader`.
///
/// Generic over the format: it knows field types, not what a service is. List fields
/// are handed back as their item nodes for the caller to read as records of their own.
/// One pass over the mapping's pairs, no allocation per mapping: this runs for every
/// service of every report in a batch.
struct SchemaReader {
    var fields: FieldReader
    /// Words that kind and form fields usually hold (the standard's ids), matched as bytes
    /// so the same few strings are shared rather than made again for every service.
    var vocabulary = Vocabulary.empty

    /// What reading one mapping found beyond the values: list fields' items, by path, and
    /// which fields were given a value other than null (by slot), valid or not.
    struct Found {
        /// List fields' items, by path; a report has one list, so a list of them.
        var lists: [(path: String, node: YAMLNode, items: YAMLNode.Children)] = []

        /// The items of the list field at `path`.
        func list(_ path: String) -> (node: YAMLNode, items: YAMLNode.Children)? {
            lists.first { $0.path == path }.map { ($0.node, $0.items) }
        }
        var given = SlotSet()

        /// Whether the field in `slot` was given a non-null value.
        func gave(_ slot: Int) -> Bool { given.contains(slot) }
    }

    /// Reads `node` as `object` into `record`.
    /// `name` is what a message calls the object itself when it is not a mapping (a list
    /// item has no key of its own: `services[1]`); `field` prefixes the paths inside it.
    mutating func read(_ node: YAMLNode, as object: ObjectSpec, field: String, named name: String? = nil,
                       into record: inout FieldRecord) -> Found {
        guard node.kind == .mapping else {
            fields.wrongType(node, field: name ?? field, expected: .mapping)
            return Found()
        }
        var found = Found()
        // Which of this object's fields hold a non-null value, by position.
        var given = SlotSet()
        for (key, value) in node.pairs {
            guard key.kind == .scalar else {
                fields.bag.error(.keyNotText, at: key.location)
                continue
            }
            guard let position = object.keys.index(of: key) else {
                fields.reportUnknownKey(key, among: object.keys)
                continue
            }
            guard !value.isNull else { continue }  // null means absent
            given.insert(position)
            let spec = object.fields[position]
            found.given.insert(spec.slot)
            switch spec.type {
            case .object(let inner):
                let inside = read(value, as: inner, field: spec.path, into: &record)
                found.lists += inside.lists
                found.given.formUnion(inside.given)
            case .list(_, let minimumCount):
                guard let items = fields.list(value, field: spec.path) else { continue }
                if items.count < minimumCount {
                    fields.bag.error(.noServices, at: value.location)
                }
                found.lists.append((spec.path, value, items))
            default:
                if let scalar = readScalar(value, spec: spec) {
                    record.set(slot: spec.slot, scalar, at: value.location)
                }
            }
        }
        for (position, spec) in object.fields.enumerated() where spec.isRequired && !given.contains(position) {
            fields.bag.error(.missingField(field: spec.path), at: node.location)
        }
        return found
    }

    private mutating func readScalar(_ node: YAMLNode, spec: FieldSpec) -> FieldValue? {
        let field = spec.path
        switch spec.type {
        case .kind, .form:
            if let known = vocabulary.word(for: node) { return .text(known) }
            return fields.text(node, field: field, nonEmpty: true).map(FieldValue.text)
        case .text:
            return fields.text(node, field: field, nonEmpty: spec.isRequired).map(FieldValue.text)
        case .bin:
            guard let text = fields.text(node, field: field, nonEmpty: true) else { return nil }
            switch BIN.problem(in: text) {
            case .notTwelveDigits?: fields.bag.error(.binLength(bin: Wording.excerpt(text)), at: node.location)
            case .checkDigit?: fields.bag.error(.binCheckDigit(bin: text), at: node.location)
            case nil: return .text(text)
            }
            return nil
        case .wholeNumber(let minimum):
            return fields.wholeNumber(node, field: field, minimum: minimum).map(FieldValue.wholeNumber)
        case .number(let minimum, let exclusive):
            return fields.number(node, field: field, minimum: minimum, exclusive: exclusive).map(FieldValue.number)
        case .date:
            return fields.date(node, field: field).map(FieldValue.date)
        case .dateSpan:
            return fields.dateSpan(node, field: field).map(FieldValue.span)
        case .countOrList:
            if node.kind == .sequence { return .count(node.items.count) }
            guard node.kind == .scalar else {
                fields.wrongType(node, field: field, expected: .countOrList)
                return nil
            }
            return fields.wholeNumber(node, field: field, minimum: 0).map(FieldValue.count)
        case .object, .list:
            return nil  // handled by `read`
        }
    }
}

/// A small set of words, looked up by the bytes of a plain or quoted scalar.
struct Vocabulary: Sendable {
    private let keys: KeySet

    /// No words.
    static let empty = Vocabulary([])

    init(_ words: [String]) {
        keys = KeySet(words)
    }

    /// The word `node` spells, if it is one of these and an untagged scalar.
    func word(for node: YAMLNode) -> String? {
        guard node.kind == .scalar, node.tag == .none || node.tag == .string else { return nil }
        return keys.index(of: node).map { keys.names[$0] }
    }
}
