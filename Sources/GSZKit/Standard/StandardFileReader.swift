import GSZYAML

/// Reads one standard file into declarations, reporting unknown keys and wrong types as
/// errors: a standard is maintained by hand, and a typo there changes every verdict.
struct StandardFileReader {
    var fields: FieldReader
    let path: String

    init(path: String) {
        self.path = path
        fields = FieldReader(path: path, unknownKeys: .error)
    }

    /// What one file holds, by the key it starts with.
    enum Content {
        case header(HeaderDeclaration)
        case table(TableDeclaration)
        case examples([ExampleDeclaration])
        /// A rule family's file, by its root key: read by the family, not here.
        case data(key: String)
        case unreadable
    }

    private static let roots = KeySet(["standard", "kinds", "fields", "checks", "indicators", "table", "rows", "examples"])

    mutating func read(_ document: YAMLDocument) -> Content {
        let root = document.root
        if root.kind == .mapping, let first = root.pairs.first?.key, first.kind == .scalar,
           RuleFamilies.dataKeys.contains(first.text) {
            return .data(key: first.text)
        }
        guard let top = fields.mapping(root, field: "", keys: Self.roots) else { return .unreadable }
        if let header = top["standard"] {
            rejectKeys(of: root, outside: ["standard", "kinds", "fields", "checks", "indicators"])
            return readHeader(header, top)
        }
        if let table = top["table"] {
            rejectKeys(of: root, outside: ["table", "rows"])
            return readTable(table, top)
        }
        if let examples = top["examples"] {
            rejectKeys(of: root, outside: ["examples"])
            return .examples(readExamples(examples))
        }
        let first = root.pairs.first.map { $0.key.text } ?? ""
        fields.bag.error(.standard(.unknownFileRole(found: first)), at: root.location)
        return .unreadable
    }

    // MARK: The standard, its kinds and indicators

    private static let headerKeys = KeySet(["id", "name", "version", "source"])
    private static let kindKeys = KeySet(["id", "name", "source", "forms"])
    private static let formKeys = KeySet(["id", "name"])
    private static let indicatorKeys = KeySet(["id", "name", "check", "compute", "input", "unit", "source"])

    private mutating func readHeader(_ node: YAMLNode, _ top: MappingFields) -> Content {
        let header = fields.mapping(node, field: "standard", keys: Self.headerKeys)
        let id = header.flatMap { requiredText("id", $0) } ?? ""
        let name = header.flatMap { requiredName("name", $0) } ?? LocalizedText(verbatim: id)
        let version = header.flatMap { requiredText("version", $0) } ?? ""
        let source = header.flatMap { optionalText("source", $0) }
        var kinds: [KindDeclaration] = []
        for item in items("kinds", top) {
            guard let kind = fields.mapping(item, field: "kinds", keys: Self.kindKeys),
                  let kindID = located(requiredText("id", kind), kind, "id") else { continue }
            var forms: [FormDeclaration] = []
            if let formList = kind["forms"], let formItems = fields.list(formList, field: "forms") {
                for formItem in formItems {
                    guard let form = fields.mapping(formItem, field: "forms", keys: Self.formKeys),
                          let formID = located(requiredText("id", form), form, "id") else { continue }
                    forms.append(FormDeclaration(id: formID, name: requiredName("name", form) ?? LocalizedText(verbatim: formID.value)))
                }
            }
            kinds.append(KindDeclaration(id: kindID, name: requiredName("name", kind) ?? LocalizedText(verbatim: kindID.value),
                                         source: optionalText("source", kind), forms: forms))
        }
        var indicators: [IndicatorDeclaration] = []
        for item in items("indicators", top) {
            guard let indicator = fields.mapping(item, field: "indicators", keys: Self.indicatorKeys),
                  let indicatorID = located(requiredText("id", indicator), indicator, "id") else { continue }
            let name = requiredName("name", indicator) ?? LocalizedText(verbatim: indicatorID.value)
            guard let check = located(requiredText("check", indicator), indicator, "check"),
                  let computation = located(requiredText("compute", indicator), indicator, "compute"),
                  let unit = located(requiredText("unit", indicator), indicator, "unit"),
                  let inputNode = fields.required("input", in: indicator) else { continue }
            indicators.append(IndicatorDeclaration(
                id: indicatorID, name: name, check: check, computation: computation,
                inputs: textList(inputNode, field: "input"), inputsLocation: inputNode.location, unit: unit,
                source: optionalText("source", indicator)))
        }
        let kindIDs = kinds.map(\.id.value)
        let serviceFields = fields.required("fields", in: top).map { readFields($0, field: "fields", kinds: kindIDs) } ?? []
        let checks = if let node = top["checks"] { readChecks(node) } else { [CheckDeclaration]() }
        return .header(HeaderDeclaration(path: path, id: id, name: name, version: version, source: source,
                                         kinds: kinds, fields: serviceFields, checks: checks, indicators: indicators))
    }

    // MARK: Threshold tables

    private static let tableKeys = KeySet(["id", "kind", "title", "source", "indicators"])

    private mutating func readTable(_ node: YAMLNode, _ top: MappingFields) -> Content {
        guard let table = fields.mapping(node, field: "table", keys: Self.tableKeys),
              let id = located(requiredText("id", table), table, "id"),
              let kind = located(requiredText("kind", table), table, "kind") else { return .unreadable }
        let title = requiredName("title", table) ?? LocalizedText(verbatim: id.value)
        let indicators = fields.required("indicators", in: table).map { textList($0, field: "table.indicators") } ?? []
        var rows: [RowDeclaration] = []
        for item in items("rows", top) {
            guard item.kind == .mapping else {
                fields.wrongType(item, field: "rows", expected: .mapping)
                continue
            }
            var forms: [Located<String>] = []
            var source: String?
            var cells: [(indicator: Located<String>, node: YAMLNode)] = []
            for (key, value) in item.pairs {
                guard key.kind == .scalar else {
                    fields.bag.error(.keyNotText, at: key.location)
                    continue
                }
                switch key.text {
                case "forms":
                    forms = textList(value, field: "forms")
                case "source":
                    source = fields.text(value, field: "source")
                default:
                    cells.append((Located(value: key.text, path: path, location: key.location), value))
                }
            }
            // A row without forms is for a kind without forms; the assembler, which knows the
            // kind, refuses it for a kind that has them.
            rows.append(RowDeclaration(forms: forms, source: source, cells: cells, location: item.location))
        }
        return .table(TableDeclaration(path: path, id: id, kind: kind, title: title, source: optionalText("source", table),
                                       indicators: indicators, rows: rows))
    }

    // MARK: Examples

    private static let exampleKeys = KeySet(["name", "service", "expect"])
    private static let expectKeys = KeySet(["verdict", "indicators"])

    private mutating func readExamples(_ node: YAMLNode) -> [ExampleDeclaration] {
        guard let list = fields.list(node, field: "examples") else { return [] }
        var examples: [ExampleDeclaration] = []
        for item in list {
            guard let example = fields.mapping(item, field: "examples", keys: Self.exampleKeys),
                  let name = requiredText("name", example),
                  let service = fields.required("service", in: example),
                  let expectNode = fields.required("expect", in: example),
                  let expect = fields.mapping(expectNode, field: "expect", keys: Self.expectKeys) else { continue }
            let verdict = located(optionalText("verdict", expect), expect, "verdict")
            var levels: [(indicator: Located<String>, level: Located<String>)] = []
            if let levelNode = expect["indicators"], levelNode.kind == .mapping {
                for (key, value) in levelNode.pairs {
                    guard let level = fields.text(value, field: "expect.indicators." + key.text, nonEmpty: true) else { continue }
                    levels.append((Located(value: key.text, path: path, location: key.location),
                                   Located(value: level, path: path, location: value.location)))
                }
            } else if let levelNode = expect["indicators"] {
                fields.wrongType(levelNode, field: "expect.indicators", expected: .mapping)
            }
            examples.append(ExampleDeclaration(path: path, name: name, service: service, verdict: verdict,
                                               levels: levels, location: item.location))
        }
        return examples
    }

    // MARK: Small readers

    /// Reports top-level keys that belong to another kind of standard file.
    private mutating func rejectKeys(of root: YAMLNode, outside allowed: [String]) {
        for (key, _) in root.pairs where key.kind == .scalar {
            let name = key.text
            if Self.roots.names.contains(name) && !allowed.contains(name) {
                fields.bag.error(.unknownKey(key: name, suggestion: nil), at: key.location)
            }
        }
    }

    mutating func items(_ key: String, _ top: MappingFields) -> [YAMLNode] {
        guard let node = fields.required(key, in: top), let list = fields.list(node, field: key) else { return [] }
        return Array(list)
    }

    mutating func requiredText(_ key: String, _ mapping: MappingFields) -> String? {
        fields.required(key, in: mapping).flatMap { fields.text($0, field: mapping.path(key), nonEmpty: true) }
    }

    mutating func optionalText(_ key: String, _ mapping: MappingFields) -> String? {
        mapping[key].flatMap { fields.text($0, field: mapping.path(key)) }
    }

    func located(_ value: String?, _ mapping: MappingFields, _ key: String) -> Located<String>? {
        guard let value else { return nil }
        return Located(value: value, path: path, location: mapping[key]?.location ?? mapping.node.location)
    }

    /// Text or a list of texts (`input: participants` or `input: [a, b]`).
    mutating func textList(_ node: YAMLNode, field: String) -> [Located<String>] {
        let nodes = node.kind == .sequence ? Array(node.items) : [node]
        return nodes.compactMap { item in
            fields.text(item, field: field, nonEmpty: true).map { Located(value: $0, path: path, location: item.location) }
        }
    }

    /// A name in Russian, Kazakh and English; Russian and Kazakh are required.
    mutating func requiredName(_ key: String, _ mapping: MappingFields) -> LocalizedText? {
        guard let node = fields.required(key, in: mapping),
              let texts = fields.translations(node, field: mapping.path(key), optional: [.en]) else { return nil }
        return LocalizedText(ru: texts[.ru] ?? "", kk: texts[.kk] ?? "", en: texts[.en] ?? "")
    }
}
