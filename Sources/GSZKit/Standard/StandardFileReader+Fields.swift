import GSZYAML

/// `fields:` and `checks:` of the standard's header: the service fields a report gives
/// beyond the core ones (`ReportSchema.coreServiceFields`), and the rules between them.
extension StandardFileReader {
    private static let nestedFieldNames = ["key", "type", "required", "minimum", "exclusive", "unit", "example",
                                           "summary", "fields"]
    /// A nested field belongs to the kinds of the field holding it: `kinds` only at the top.
    private static let nestedFieldKeys = KeySet(nestedFieldNames)
    private static let fieldKeys = KeySet(nestedFieldNames + ["kinds"])
    private static let checkKeys = KeySet(["field", "at_most"])

    /// The type names a standard may give a field, as the JSON Schema and `gsz schema` call them.
    /// `kind` and `form` are the core fields' own; `list` is the report's list of services.
    static let fieldTypeNames = ["text", "bin", "whole_number", "number", "date", "date_span", "count_or_list",
                                 "object"]

    /// The fields declared in the list at `node`; each key once among its siblings, none a
    /// core field's key at the top, where a field may name the `kinds` (of `known`) it belongs to.
    mutating func readFields(_ node: YAMLNode, field: String, kinds known: [String]?) -> [FieldSpec] {
        guard let list = fields.list(node, field: field) else { return [] }
        var specs: [FieldSpec] = []
        var seen = Set(known == nil ? [] : ReportSchema.coreServiceFields.map(\.key))
        for item in list {
            guard let mapping = fields.mapping(item, field: field, keys: known == nil ? Self.nestedFieldKeys : Self.fieldKeys),
                  let key = located(requiredText("key", mapping), mapping, "key") else { continue }
            guard seen.insert(key.value).inserted else {
                fields.bag.error(.standard(.duplicateID(what: .field, id: key.value)), at: key.location)
                continue
            }
            let kinds = known.map { readKinds(mapping, known: $0) } ?? []
            if let spec = readField(key.value, mapping, field: field, kinds: kinds) { specs.append(spec) }
        }
        return specs
    }

    /// `kinds:`, each a declared kind.
    private mutating func readKinds(_ mapping: MappingFields, known: [String]) -> [String] {
        guard let node = mapping["kinds"] else { return [] }
        return textList(node, field: mapping.path("kinds")).compactMap { kind in
            guard known.contains(kind.value) else {
                fields.bag.error(.standard(.undefinedKind(kind: kind.value, suggestion: Suggestion.closest(to: kind.value, among: known))),
                                 at: kind.location)
                return nil
            }
            return kind.value
        }
    }

    private mutating func readField(_ key: String, _ mapping: MappingFields, field: String, kinds: [String]) -> FieldSpec? {
        let summary = requiredName("summary", mapping) ?? LocalizedText(verbatim: key)
        let isRequired = mapping["required"].flatMap { fields.boolean($0, field: mapping.path("required")) } ?? false
        let example = optionalText("example", mapping)
        let unit = readUnit(mapping)
        guard let typeNode = fields.required("type", in: mapping),
              let typeName = fields.text(typeNode, field: mapping.path("type"), nonEmpty: true) else { return nil }
        let type: FieldType
        switch typeName {
        case "text": type = .text
        case "bin": type = .bin
        case "date": type = .date
        case "date_span": type = .dateSpan
        case "count_or_list": type = .countOrList
        case "whole_number":
            guard let minimum = requiredMinimum(mapping, whole: true) else { return nil }
            type = .wholeNumber(minimum: Int(minimum))
        case "number":
            guard let minimum = requiredMinimum(mapping, whole: false) else { return nil }
            let exclusive = mapping["exclusive"].flatMap { fields.boolean($0, field: mapping.path("exclusive")) } ?? false
            type = .number(minimum: minimum, exclusive: exclusive)
        case "object":
            guard let inner = fields.required("fields", in: mapping) else { return nil }
            type = .object(ObjectSpec(readFields(inner, field: mapping.path("fields"), kinds: nil)))
        default:
            let known = Self.fieldTypeNames
            fields.bag.error(.unknownValue(field: mapping.path("type"), value: typeName, known: known,
                                           suggestion: Suggestion.closest(to: typeName, among: known)),
                             at: typeNode.location)
            return nil
        }
        return FieldSpec(key, type, required: isRequired, unit: unit, example: example, kinds: kinds, summary: summary)
    }

    /// `minimum:`, which every number field states: a count from 0, hours above 0.
    private mutating func requiredMinimum(_ mapping: MappingFields, whole: Bool) -> Double? {
        guard let node = fields.required("minimum", in: mapping) else { return nil }
        let path = mapping.path("minimum")
        return whole ? fields.wholeNumber(node, field: path).map(Double.init) : fields.number(node, field: path)
    }

    private mutating func readUnit(_ mapping: MappingFields) -> MeasureUnit? {
        mapping["unit"].flatMap { fields.choice($0, field: mapping.path("unit"), as: MeasureUnit.self, nonEmpty: true) }
    }

    /// The checks in the list at `node`, their fields resolved by the assembler.
    mutating func readChecks(_ node: YAMLNode) -> [CheckDeclaration] {
        guard let list = fields.list(node, field: "checks") else { return [] }
        return list.compactMap { item in
            guard let mapping = fields.mapping(item, field: "checks", keys: Self.checkKeys),
                  let field = located(requiredText("field", mapping), mapping, "field"),
                  let limit = located(requiredText("at_most", mapping), mapping, "at_most") else { return nil }
            return CheckDeclaration(field: field, atMost: limit)
        }
    }
}
