import Testing
@testable import GSZYAML

@Suite("Core tags checked against the value they are on")
struct TagTests {
    @Test("a tag that fits its value is kept, with no error", arguments: [
        ("!!int 12", YAMLNode.Tag.integer), ("!!int -3", .integer), ("!!int 0x1F", .integer), ("!!int \"12\"", .integer),
        ("!!float 12", .float), ("!!float -.5", .float), ("!!float 1.5e3", .float), ("!!float .inf", .float),
        ("!!bool true", .boolean), ("!!bool FALSE", .boolean), ("!!null ~", .null), ("!!null", .null),
        ("!!null null", .null), ("!!str 12", .string), ("!!str", .string), ("!!seq [1]", .sequence), ("!!map {a: 1}", .mapping),
    ])
    func agreeing(value: String, tag: YAMLNode.Tag) throws {
        let result = YAMLDocument.parse(Array("v: \(value)\n".utf8))
        #expect(result.errors.isEmpty)
        #expect(result.document?.root.value(forKey: "v")?.tag == tag)
    }

    @Test("a tag that contradicts its value is an error at the value, naming the tag; the value stays", arguments: [
        ("!!null 12", "!!null", YAMLNode.Kind.scalar, "12"), ("!!null x", "!!null", .scalar, "x"),
        ("!!int abc", "!!int", .scalar, "abc"), ("!!int 1.5", "!!int", .scalar, "1.5"), ("!!int ''", "!!int", .scalar, ""),
        ("!!bool 12", "!!bool", .scalar, "12"), ("!!bool yes", "!!bool", .scalar, "yes"),
        ("!!float abc", "!!float", .scalar, "abc"), ("!!float 1e", "!!float", .scalar, "1e"), ("!!float .", "!!float", .scalar, "."),
        ("!!seq {a: 1}", "!!seq", .mapping, ""), ("!!map [1]", "!!map", .sequence, ""), ("!!str [1]", "!!str", .sequence, ""),
        ("!!null [1]", "!!null", .sequence, ""), ("!!int {a: 1}", "!!int", .mapping, ""), ("!!seq x", "!!seq", .scalar, "x"),
    ])
    func contradicting(value: String, tag: String, kind: YAMLNode.Kind, text: String) throws {
        let result = YAMLDocument.parse(Array("a: 1\nv: \(value)\n".utf8))
        #expect(result.errors == [YAMLError(.tagMismatch(tag: tag, kind: kind, text: text), at: Place(line: 2, column: 4))])
        let node = try #require(result.document?.root.value(forKey: "v"))
        #expect(node.tag == .none)
        #expect(!node.isNull || text.isEmpty)
        #expect(node.kind == kind && node.text == text)
    }
}
