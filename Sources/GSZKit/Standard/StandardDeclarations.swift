import GSZYAML

/// A value from a standard file with the file and place it was written.
struct Located<Value: Sendable>: Sendable {
    let value: Value
    let path: String
    let location: SourceLocation
}

/// What a `standard:` file declares, as written, before it is checked against the rest.
struct HeaderDeclaration {
    let path: String
    let id: String
    let name: LocalizedText
    let version: String
    let source: String?
    let kinds: [KindDeclaration]
    /// The service fields the standard adds to the core ones (`fields:`), checked as read.
    let fields: [FieldSpec]
    /// The rules between those fields (`checks:`).
    let checks: [CheckDeclaration]
    let indicators: [IndicatorDeclaration]
}

/// `checks:`: the whole number in one service field must not exceed the one in another.
struct CheckDeclaration {
    let field: Located<String>
    let atMost: Located<String>
}

struct KindDeclaration {
    let id: Located<String>
    let name: LocalizedText
    let source: String?
    let forms: [FormDeclaration]
}

struct FormDeclaration {
    let id: Located<String>
    let name: LocalizedText
}

struct IndicatorDeclaration {
    let id: Located<String>
    let name: LocalizedText
    let check: Located<String>
    let computation: Located<String>
    let inputs: [Located<String>]
    let inputsLocation: SourceLocation
    let unit: Located<String>
    let source: String?
}

/// What a `table:` file declares.
struct TableDeclaration {
    let path: String
    let id: Located<String>
    let kind: Located<String>
    let title: LocalizedText
    let source: String?
    let indicators: [Located<String>]
    let rows: [RowDeclaration]
}

struct RowDeclaration {
    let forms: [Located<String>]
    let source: String?
    /// Each indicator column the row fills, with its value node, read once the indicator's check is known.
    let cells: [(indicator: Located<String>, node: YAMLNode)]
    let location: SourceLocation
}

/// What an `examples:` file declares.
struct ExampleDeclaration {
    let path: String
    let name: String
    let service: YAMLNode
    let verdict: Located<String>?
    let levels: [(indicator: Located<String>, level: Located<String>)]
    let location: SourceLocation
}
