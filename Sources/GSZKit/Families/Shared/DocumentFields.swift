public import GSZYAML

/// A value read from a document together with where it is written, so a finding or an
/// input error about it points at the field.
public struct Placed<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public let value: Value
    /// Where it is written.
    public let location: SourceLocation

    /// A value at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// The readers the discussion and monitoring documents share, over `FieldReader`: every
/// problem recorded with its place, unknown keys as warnings as in reports.
struct DocumentFields {
    var fields: FieldReader

    init(path: String) { fields = FieldReader(path: path) }

    /// Required non-empty text under `key`.
    mutating func requiredText(_ key: String, _ mapping: MappingFields) -> String? {
        fields.required(key, in: mapping).flatMap { fields.text($0, field: mapping.path(key), nonEmpty: true) }
    }

    /// Optional text under `key`; blank counts as not given.
    mutating func optionalText(_ key: String, _ mapping: MappingFields) -> String? {
        guard let node = mapping[key], let text = fields.text(node, field: mapping.path(key)) else { return nil }
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    /// A required date under `key`, with its place.
    mutating func requiredDate(_ key: String, _ mapping: MappingFields) -> Placed<CalendarDate>? {
        guard let node = fields.required(key, in: mapping) else { return nil }
        return fields.date(node, field: mapping.path(key)).map { Placed($0, at: node.location) }
    }

    /// An optional date under `key`, with its place.
    mutating func optionalDate(_ key: String, _ mapping: MappingFields) -> Placed<CalendarDate>? {
        guard let node = mapping[key] else { return nil }
        return fields.date(node, field: mapping.path(key)).map { Placed($0, at: node.location) }
    }

    /// The items of the list under `key`; nothing when absent (after an error when `required`).
    mutating func items(_ key: String, _ mapping: MappingFields, required: Bool) -> [YAMLNode] {
        let node = required ? fields.required(key, in: mapping) : mapping[key]
        guard let node, let list = fields.list(node, field: mapping.path(key)) else { return [] }
        if required && list.isEmpty { fields.bag.error(.emptyList(field: mapping.path(key)), at: node.location) }
        return Array(list)
    }

    /// A BIN under `key` (text, 12 digits, check digit valid), when given.
    mutating func bin(_ key: String, _ mapping: MappingFields) -> String? {
        guard let node = mapping[key], let text = fields.text(node, field: mapping.path(key)) else { return nil }
        switch BIN.problem(in: text) {
        case .notTwelveDigits?: fields.bag.error(.binLength(bin: Wording.excerpt(text)), at: node.location)
        case .checkDigit?: fields.bag.error(.binCheckDigit(bin: text), at: node.location)
        case nil: return text
        }
        return nil
    }

    /// Records that `value` under `field` is an id used before at `first`.
    mutating func duplicate(_ field: String, _ value: String, first: SourceLocation, at location: SourceLocation) {
        fields.bag.error(.duplicateItem(field: field, id: value, first: first), at: location)
    }
}
