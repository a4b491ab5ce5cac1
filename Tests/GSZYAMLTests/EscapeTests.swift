import Testing
@testable import GSZYAML

/// Where `token` starts in `text`'s line `line` (1-based), in Unicode scalars as places count.
func place(of token: String, in text: String, line: Int = 1) throws -> Place {
    let row = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
    let start = try #require(row.firstRange(of: token)?.lowerBound)
    return Place(line: line, column: row.unicodeScalars[..<start].count + 1)
}

@Suite("JSON's surrogate-pair escapes")
struct SurrogateEscapeTests {
    @Test("a pair reads as the character it encodes, in either case of hex digits", arguments: [
        (#"{"name": "\ud83d\ude00"}"#, "😀"),
        (#"{"name": "\uD83D\uDE00"}"#, "😀"),
        (#"{"name": "a\ud83d\ude00b\ud834\udd1ec"}"#, "a😀b𝄞c"),
        (#"{"name": "\ud83d\ude00\ud83d\ude00"}"#, "😀😀"),
        (#"{"name": "\\\ud83d\ude00"}"#, "\\😀"),
    ])
    func pairs(json: String, expected: String) throws {
        #expect(try document(json).root.value(forKey: "name")?.text == expected)
    }

    @Test("places later on the line are where they are in the file as written")
    func laterPlaces() throws {
        let json = #"{"a": "\ud83d\ude00", "b": "\ud83d\ude00\ud83d\ude00", "c": 12}"#
        let root = try document(json).root
        #expect(root.value(forKey: "b")?.location == (try place(of: #""\ud83d\ude00\ud83d"#, in: json)))
        #expect(root.value(forKey: "c")?.location == (try place(of: "12", in: json)))
        #expect(root.pairs[2].key.location == (try place(of: #""c""#, in: json)))
    }

    @Test("an error later on the line is placed in the file as written")
    func laterError() throws {
        let json = #"{"a": "\ud83d\ude00 Ж \ud83d\ude00", "b": [1, 2}"#
        let error = try firstError(Array(json.utf8))
        #expect(error.location == (try place(of: "}", in: json)))
    }

    @Test("a byte that is not UTF-8 after a pair is placed in the file as written")
    func readerError() throws {
        let text = #"a: "\ud83d\ude00" x"#
        let error = try firstError(Array(text.utf8) + [0xFF] + Array("\n".utf8))
        #expect(error.kind == .invalidUTF8(byte: 0xFF))
        #expect(error.location == Place(line: 1, column: text.unicodeScalars.count + 1))
    }

    @Test("a pair after a byte-order mark and on later lines keeps its places")
    func byteOrderMarkAndLines() throws {
        let text = "a: \"\\ud83d\\ude00\"\nb: [\"\\ud83d\\ude00\", x]\n"
        let root = try document("\u{FEFF}" + text).root
        #expect(root.value(forKey: "b")?.items[1].location == (try place(of: "x", in: text, line: 2)))
    }

    @Test("a pair outside double quotes is text as written, beside one inside them")
    func notAnEscape() throws {
        let text = #"{p: a\ud83d\ude00, s: '\ud83d\ude00', d: "\ud83d\ude00", k: 1}"#
        let root = try document(text).root
        #expect(root.value(forKey: "p")?.text == #"a\ud83d\ude00"#)
        #expect(root.value(forKey: "s")?.text == #"\ud83d\ude00"#)
        #expect(root.value(forKey: "d")?.text == "😀")
        #expect(root.value(forKey: "k")?.location == (try place(of: "1}", in: text)))
        #expect(try document("a: |\n  \\ud83d\\ude00\n").root.value(forKey: "a")?.text == "\\ud83d\\ude00\n")
    }

    @Test("half a pair is refused at its backslash, naming the escape", arguments: [
        (#"{"name": "\ud83d"}"#, #"\ud83d"#),
        (#"{"name": "\ude00\ud83d"}"#, #"\ude00"#),
        (#"{"name": "x\ud83dy"}"#, #"\ud83d"#),
        (#"{"name": "\ud83d\u0041"}"#, #"\ud83d"#),
        (#"{"name": "\\ud83d\ude00"}"#, #"\ude00"#),
        (#"{"a": "\ud83d\ude00", "name": "\ud83d\ud83d"}"#, #"\ud83d"#),
        (#"{"name": "\U0000D83D"}"#, #"\U0000D83D"#),
    ])
    func unpaired(json: String, escape: String) throws {
        let error = try firstError(Array(json.utf8))
        #expect(error.kind == .unpairedSurrogate(escape))
        let name = try #require(json.firstRange(of: #""name": ""#)?.upperBound)
        let at = try #require(json[name...].firstRange(of: escape)?.lowerBound)
        #expect(error.location == Place(line: 1, column: json.unicodeScalars[..<at].count + 1))
    }

    @Test("half a pair in plain text is text")
    func unpairedInPlainText() throws {
        #expect(try document(#"a: x\ud83d"#).root.value(forKey: "a")?.text == #"x\ud83d"#)
    }
}
