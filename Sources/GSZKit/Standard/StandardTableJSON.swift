import GSZYAML

/// `gsz standard show --format json`: every kind, form and threshold as data, each threshold
/// with the table, row, file and line it comes from, and names in every language.
enum StandardTableJSON {
    static func value(_ standard: Standard, _ tables: [StandardTable], _ untabled: [ServiceKind]) -> JSONValue {
        .object([
            "standard": .object([
                "id": .string(standard.id), "version": .string(standard.version), "name": .localized(standard.name),
                "source": standard.source.map(JSONValue.string),
            ]),
            "indicators": .array(standard.indicators.map(indicator)),
            "kinds": .array(tables.map(kind) + untabled.map { .object([
                "id": .string($0.id), "name": .localized($0.name), "assessed": .bool(false), "forms": .array([]),
            ]) }),
        ])
    }

    private static func indicator(_ definition: IndicatorDefinition) -> JSONValue {
        .object([
            "id": .string(definition.id), "name": .localized(definition.name), "check": .string(definition.check.rawValue),
            "compute": .string(definition.computation.rawValue), "input": .array(definition.inputs.map(JSONValue.string)),
            "unit": .string(definition.unit.rawValue),
        ])
    }

    private static func kind(_ table: StandardTable) -> JSONValue {
        .object([
            "id": .string(table.kind.id), "name": .localized(table.kind.name), "assessed": .bool(true),
            "forms": .array(table.rows.map { row in
                .object([
                    "id": row.form.map { .string($0.id) } ?? .null,
                    "name": row.form.map { .localized($0.name) } ?? .null,
                    "thresholds": .array(row.cells.compactMap { $0.map(threshold) }),
                ])
            }),
        ])
    }

    private static func threshold(_ rule: IndicatorRule) -> JSONValue {
        var members = [JSONValue.Member("indicator", .string(rule.definition.id)),
                       JSONValue.Member("check", .string(rule.definition.check.rawValue)),
                       JSONValue.Member("unit", .string(rule.definition.unit.rawValue))]
        switch rule.threshold {
        case .graded(let minimal, let maximal):
            members += [.init("minimal", .number(minimal.from)), .init("maximal", .number(maximal.from))]
            // The source's own ranges ("50%–84%"), where it gives them.
            if let to = minimal.to { members.append(.init("minimal_range", .array([.number(minimal.from), .number(to)]))) }
            if let to = maximal.to { members.append(.init("maximal_range", .array([.number(maximal.from), .number(to)]))) }
        case .requirement(let bound, let value):
            members.append(.init(bound.rawValue, .number(value)))
        }
        members.append(.init("source", .object([
            "table": .string(rule.table.id), "table_source": rule.table.source.map(JSONValue.string),
            "row": rule.row.source.map(JSONValue.string), "file": .string(rule.table.path),
            "line": .integer(rule.row.location.line),
        ])))
        return .object(members)
    }
}
