import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

/// The writer places every comma, colon, quote and line break; the format only says what comes.
@Suite("JSONWriter")
struct JSONWriterTests {
    /// What `body` writes, from the top of a document or after `first: false` inside an array.
    static func written(first: Bool = true, _ body: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter(OutputBuffer(), first: first)
        body(&json)
        return json.finish().withBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test("members and items are separated by a comma and a space; a key's value follows its colon")
    func separators() {
        let text = Self.written { json in
            json.beginObject()
            json.key("a"); json.number(1)
            json.key("b"); json.beginArray(); json.number(2.5); json.null(); json.bool(true); json.endArray()
            json.key("c"); json.beginObject(); json.endObject()
            json.key(word: "d"); json.word("e")
            json.endObject()
        }
        #expect(text == #"{"a": 1, "b": [2.5, null, true], "c": {}, "d": "e"}"#)
    }

    @Test("a line starts the next member, item or closing bracket, after the comma")
    func lines() {
        let text = Self.written { json in
            json.beginObject()
            json.key("items")
            json.beginArray()
            json.line(2); json.number(1)
            json.line(2); json.number(2)
            json.line(1); json.endArray()
            json.line(1); json.key("end"); json.string(nil as String?)
            json.endObject()
        }
        #expect(text == "{\"items\": [\n  1,\n  2\n ],\n \"end\": null}")
    }

    @Test("a line is indented in full, however deep", arguments: [0, 7, 24, 25, 40])
    func deepLine(indent: Int) {
        let text = Self.written { json in
            json.beginArray(); json.number(1); json.line(indent); json.number(2); json.endArray()
        }
        #expect(text == "[1,\n" + String(repeating: " ", count: indent) + "2]")
    }

    @Test("strings are escaped; an encoded value is written as it is")
    func strings() {
        let text = Self.written { json in
            json.beginArray(); json.string("a\"b\n"); json.encoded(Array(#""x""#.utf8)); json.endArray()
        }
        #expect(text == #"["a\"b\n", "x"]"#)
    }

    @Test("a writer that continues an array puts a comma before its first item; one that starts it does not")
    func continuing() {
        #expect(Self.written(first: true) { $0.beginObject(); $0.endObject() } == "{}")
        #expect(Self.written(first: false) { $0.line(2); $0.beginObject(); $0.endObject() } == ",\n  {}")
    }

    @Test("a place in a workbook is written with its sheet and cell after its line and column")
    func workbookPlace() throws {
        let path = "Tests/GSZCommandTests/Fixtures/xlsx/errors.xlsx"
        let bytes = try Data(contentsOf: Repository.url(path))
        let result = TestStandard.checker.check(Array(bytes), path: path)
        let json = Rendering.render(JSONFormat.self, [result], Rendering.options(.en))
        #expect(json.contains(#""line": 3, "column": 4, "sheet": "Услуги", "cell": "D3", "code": "count_exceeds"}"#))
    }
}
