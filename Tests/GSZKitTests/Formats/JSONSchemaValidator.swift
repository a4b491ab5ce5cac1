import Foundation

/// A JSON value, decoded so that `true` stays a boolean and `1` a number (JSONSerialization
/// on Linux cannot tell them apart).
enum DecodedJSON: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([DecodedJSON])
    case object([String: DecodedJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([DecodedJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: DecodedJSON].self)) }
    }

    static func parse(_ bytes: [UInt8]) throws -> DecodedJSON {
        try JSONDecoder().decode(DecodedJSON.self, from: Data(bytes))
    }

    subscript(key: String) -> DecodedJSON? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    var array: [DecodedJSON] { if case .array(let items) = self { items } else { [] } }
    var string: String? { if case .string(let text) = self { text } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}

/// Validates JSON against a draft-04 schema, for the keywords the SARIF 2.1.0 schema uses.
///
/// A keyword it does not know is reported as a problem rather than skipped, so a schema that
/// needs more than this implements can never pass by accident. `format` is not checked, as in
/// most validators by default.
struct JSONSchemaValidator {
    let root: DecodedJSON
    private static let annotations: Set<String> = ["description", "default", "title", "id", "$schema", "definitions", "format"]

    /// Every place where `value` breaks the schema, as `path: problem`.
    func problems(_ value: DecodedJSON) -> [String] {
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    private func check(_ value: DecodedJSON, against schema: DecodedJSON, at path: String, into found: inout [String]) {
        guard case .object(let keywords) = schema else { return found.append("\(path): schema is not an object") }
        for (keyword, argument) in keywords {
            switch keyword {
            case _ where Self.annotations.contains(keyword): continue
            case "$ref":
                guard let reference = argument.string, reference.hasPrefix("#/definitions/"),
                      let target = root["definitions"]?[String(reference.dropFirst("#/definitions/".count))]
                else { found.append("\(path): cannot resolve \(argument)"); continue }
                check(value, against: target, at: path, into: &found)
            case "type":
                let names = argument.string.map { [$0] } ?? argument.array.compactMap(\.string)
                if !names.contains(where: { Self.has(value, type: $0) }) { found.append("\(path): not of type \(names)") }
            case "enum":
                if !argument.array.contains(value) { found.append("\(path): \(value) not in enum") }
            case "required":
                for name in argument.array.compactMap(\.string) where value[name] == nil {
                    if case .object = value { found.append("\(path): missing required \(name)") }
                }
            case "properties":
                guard case .object(let members) = value, case .object(let properties) = argument else { continue }
                for (name, member) in members {
                    if let property = properties[name] { check(member, against: property, at: path + "." + name, into: &found) }
                }
            case "additionalProperties":
                guard case .object(let members) = value else { continue }
                var declared: Set<String> = []
                if case .object(let properties)? = schema["properties"] { declared = Set(properties.keys) }
                for (name, member) in members where !declared.contains(name) {
                    if case .bool(false) = argument { found.append("\(path): unexpected property \(name)") }
                    else if case .object = argument { check(member, against: argument, at: path + "." + name, into: &found) }
                }
            case "items":
                for (index, item) in value.array.enumerated() { check(item, against: argument, at: "\(path)[\(index)]", into: &found) }
            case "minItems":
                if case .array(let items) = value, Double(items.count) < argument.number ?? 0 {
                    found.append("\(path): fewer than \(argument) items")
                }
            case "uniqueItems":
                if case .array(let items) = value, case .bool(true) = argument,
                   items.enumerated().contains(where: { index, item in items[..<index].contains(item) }) {
                    found.append("\(path): items not unique")
                }
            case "minimum":
                if let number = value.number, let bound = argument.number, number < bound { found.append("\(path): below \(bound)") }
            case "maximum":
                if let number = value.number, let bound = argument.number, number > bound { found.append("\(path): above \(bound)") }
            case "pattern":
                if let text = value.string, let pattern = argument.string,
                   text.range(of: pattern, options: .regularExpression) == nil {
                    found.append("\(path): '\(text)' does not match \(pattern)")
                }
            case "anyOf", "oneOf":
                let matching = argument.array.count { branch in
                    var branchProblems: [String] = []
                    check(value, against: branch, at: path, into: &branchProblems)
                    return branchProblems.isEmpty
                }
                if matching == 0 || (keyword == "oneOf" && matching > 1) {
                    found.append("\(path): \(matching) branches of \(keyword) match")
                }
            default:
                found.append("\(path): unsupported keyword \(keyword)")
            }
        }
    }

    private static func has(_ value: DecodedJSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
             ("object", .object): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }
}
