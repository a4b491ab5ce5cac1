import Testing
@testable import GSZYAML

/// Parses `text` and returns the document, failing the test if there is none.
func document(_ text: String, limits: YAMLLimits = .default) throws -> YAMLDocument {
    let result = YAMLDocument.parse(Array(text.utf8), limits: limits)
    return try #require(result.document, "expected a document, got \(result.errors)")
}

/// Parses `bytes` and returns the first error.
func firstError(_ bytes: [UInt8], limits: YAMLLimits = .default) throws -> YAMLError {
    try #require(YAMLDocument.parse(bytes, limits: limits).errors.first)
}

@Suite("Reading a document into located nodes")
struct ParsingTests {
    @Test("mappings, sequences and scalars keep their shape and 1-based places")
    func shapeAndPlaces() throws {
        let doc = try document("report:\n  ngo:\n    name: A\nservices:\n  - id: S1\n  - id: S2\n")
        let root = doc.root
        #expect(root.kind == .mapping)
        #expect(root.location == Place(line: 1, column: 1))
        let name = try #require(root.value(forKey: "report")?.value(forKey: "ngo")?.value(forKey: "name"))
        #expect(name.text == "A")
        #expect(name.location == Place(line: 3, column: 11))
        let services = try #require(root.value(forKey: "services"))
        #expect(services.kind == .sequence)
        #expect(services.items.count == 2)
        #expect(services.items[1].value(forKey: "id")?.location == Place(line: 6, column: 9))
    }

    @Test("plain scalars are never guessed into types", arguments: [
        "no", "yes", "on", "off", "090140020201", "012", "0x1F", "1e3", "2026-02-10", "~", "null", ".inf",
    ])
    func noGuessing(scalar: String) throws {
        let value = try #require(try document("v: \(scalar)\n").root.value(forKey: "v"))
        #expect(value.kind == .scalar)
        #expect(value.text == scalar)
        #expect(value.tag == .none)
    }

    @Test("null is an empty plain scalar, ~ or null, never a quoted one")
    func nulls() throws {
        let root = try document("a:\nb: ~\nc: null\nd: NULL\ne: ''\nf: \"null\"\ng: nulls\nh: !!null ~\n").root
        let nulls = ["a", "b", "c", "d", "h"].map { root.value(forKey: $0)?.isNull }
        let texts = ["e", "f", "g"].map { root.value(forKey: $0)?.isNull }
        #expect(nulls == Array(repeating: true, count: 5))
        #expect(texts == Array(repeating: false, count: 3))
    }

    @Test("scalars are read by length, so NUL from an escape survives")
    func nulInScalar() throws {
        let value = try #require(try document("v: \"a\\0b\"\n").root.value(forKey: "v"))
        #expect(value.withScalarBytes { Array($0) } == [0x61, 0x00, 0x62])
    }

    @Test("columns count Unicode scalars: Cyrillic and Kazakh text place values correctly")
    func unicodeColumns() throws {
        let root = try document("ұйым: «Болашақ»\nатауы: [Әлем, Жастар]\n").root
        #expect(root.value(forKey: "ұйым")?.location == Place(line: 1, column: 7))
        let items = try #require(root.value(forKey: "атауы")?.items)
        #expect(items[0].location == Place(line: 2, column: 9))
        #expect(items[1].location == Place(line: 2, column: 15))
        #expect(items[1].text == "Жастар")
    }

    @Test("CRLF line ends count as one line each")
    func crlf() throws {
        let root = try document("a: 1\r\nb: 2\r\nc: три\r\n").root
        #expect(root.value(forKey: "c")?.location == Place(line: 3, column: 4))
        #expect(root.value(forKey: "c")?.text == "три")
    }

    @Test("a UTF-8 byte-order mark is skipped and takes no column")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: x\n".utf8)
        let doc = try #require(YAMLDocument.parse(bytes).document)
        #expect(doc.root.value(forKey: "a")?.location == Place(line: 1, column: 4))
        #expect(doc.root.value(forKey: "b")?.text == "x")
    }

    @Test("JSON is YAML")
    func json() throws {
        let root = try document(#"{"report": {"ngo": {"bin": "090140020201"}}, "services": [{"id": 1}]}"#).root
        #expect(root.value(forKey: "report")?.value(forKey: "ngo")?.value(forKey: "bin")?.text == "090140020201")
        #expect(root.value(forKey: "services")?.items[0].value(forKey: "id")?.text == "1")
    }

    @Test("core tags are kept; the non-specific tag is no tag")
    func coreTags() throws {
        let root = try document("a: !!str 12\nb: !!int 3\nc: ! 4\nd: !!map {x: 1}\n").root
        #expect(root.value(forKey: "a")?.tag == .string)
        #expect(root.value(forKey: "b")?.tag == .integer)
        #expect(root.value(forKey: "c")?.tag == YAMLNode.Tag.none)
        #expect(root.value(forKey: "d")?.tag == .mapping)
    }

    @Test("an alias repeats its anchor's node without copying it, and stands where it is written")
    func aliases() throws {
        let doc = try document("base: &p {name: A, experience_years: 3}\nother: *p\n")
        let other = try #require(doc.root.value(forKey: "other"))
        #expect(other.value(forKey: "experience_years")?.text == "3")
        #expect(doc.nodeCount == 9)  // the root, two keys, the anchored mapping and its four nodes, one alias
        // A node starts at its properties: the anchor of an anchored collection.
        #expect(doc.root.value(forKey: "base")?.location == Place(line: 1, column: 7))
        #expect(other.location == Place(line: 2, column: 8, alias: .init(line: 1, column: 7, anchorLine: 1)))
    }
}
