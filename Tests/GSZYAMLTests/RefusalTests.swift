import Testing
@testable import GSZYAML

@Suite("Refusing bad and hostile input with a located error")
struct RefusalTests {
    @Test("invalid UTF-8 is refused at the offending byte")
    func invalidUTF8() throws {
        let bytes = Array("report:\n  name: ок\n  bin: ".utf8) + [0xFF] + Array("12\n".utf8)
        let error = try firstError(bytes)
        #expect(error.kind == .invalidUTF8(byte: 0xFF))
        #expect(error.location == Place(line: 3, column: 8))
    }

    @Test("UTF-16 and UTF-32 input is refused as not UTF-8, with or without a byte-order mark", arguments: [
        ([0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }, YAMLError.TextEncoding.utf16),
        (Array("a: 1\n".utf8).flatMap { [$0, 0] }, .utf16),
        (Array("a: 1\n".utf8).flatMap { [0, $0] }, .utf16),
        ([0xFF, 0xFE, 0, 0] + Array("a: 1\n".utf8).flatMap { [$0, 0, 0, 0] }, .utf32),
        (Array("a: 1\n".utf8).flatMap { [0, 0, 0, $0] }, .utf32),
    ] as [([UInt8], YAMLError.TextEncoding)])
    func otherEncodings(bytes: [UInt8], encoding: YAMLError.TextEncoding) throws {
        let error = try firstError(bytes)
        #expect(error.kind == .notUTF8Encoding(encoding))
        #expect(error.location == Place(line: 1, column: 1))
    }

    @Test("a raw NUL byte is refused where it stands")
    func nulByte() throws {
        let error = try firstError(Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8))
        #expect(error.kind == .controlCharacter(0))
        #expect(error.location == Place(line: 2, column: 5))
    }

    @Test("syntax errors carry libyaml's problem and place")
    func syntax() throws {
        let error = try firstError(Array("a: 1\n b: 2\nc: [1, 2\n".utf8))
        guard case .syntax = error.kind else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(error.location?.line == 2)
    }

    @Test("empty input, blank input and comments alone are empty", arguments: ["", "\n\n", "# only a comment\n", "---\n"])
    func empty(text: String) throws {
        #expect(try firstError(Array(text.utf8)).kind == .empty)
    }

    @Test("a second document is refused at its start")
    func twoDocuments() throws {
        let error = try firstError(Array("a: 1\n---\nb: 2\n".utf8))
        #expect(error.kind == .multipleDocuments)
        #expect(error.location == Place(line: 2, column: 1))
    }

    @Test("duplicate keys are each reported with the first one's place, and the tree is still built")
    func duplicateKeys() throws {
        let result = YAMLDocument.parse(Array("a: 1\nb: {x: 1, x: 2}\n'a': 3\n".utf8))
        #expect(result.document != nil)
        #expect(result.errors == [
            YAMLError(.duplicateKey(key: "x", first: Place(line: 2, column: 5)), at: Place(line: 2, column: 11)),
            YAMLError(.duplicateKey(key: "a", first: Place(line: 1, column: 1)), at: Place(line: 3, column: 1)),
        ])
    }

    @Test("duplicate keys are found in large mappings too")
    func duplicateKeysInLargeMapping() throws {
        let keys = (0..<40).map { "k\($0): \($0)" } + ["k7: again"]
        let result = YAMLDocument.parse(Array(keys.joined(separator: "\n").utf8))
        #expect(result.errors.map(\.kind) == [.duplicateKey(key: "k7", first: Place(line: 8, column: 1))])
    }

    @Test("explicit tags other than the core ones are refused")
    func unsupportedTag() throws {
        let result = YAMLDocument.parse(Array("a: !custom 1\nb: !!binary aGk=\n".utf8))
        #expect(result.errors.map(\.kind) == [.unsupportedTag("!custom"), .unsupportedTag("!!binary")])
        #expect(result.errors.first?.location == Place(line: 1, column: 4))
    }

    @Test("an alias to an anchor not yet defined is refused")
    func undefinedAlias() throws {
        #expect(try firstError(Array("a: *nowhere\n".utf8)).kind == .undefinedAlias("nowhere"))
        // An alias inside the collection it names would make a cycle.
        #expect(try firstError(Array("a: &x [1, *x]\n".utf8)).kind == .undefinedAlias("x"))
    }

    @Test("the billion-laughs alias bomb stops at the alias budget")
    func aliasBomb() throws {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = Array("abcdefghi")
        for index in 1..<names.count {
            let previous = names[index - 1]
            lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let error = try firstError(Array(lines.joined(separator: "\n").utf8))
        #expect(error.kind == .tooManyAliasedNodes(limit: YAMLLimits.default.maxAliasedNodes))
        #expect(error.location?.line == 6)
    }

    @Test("100,000 nested brackets stop at the depth limit, at the bracket that crosses it")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try firstError(Array(text.utf8))
        #expect(error.kind == .tooDeep(limit: 256))
        #expect(error.location == Place(line: 1, column: 257))
    }

    @Test("nested block mappings count toward depth as well")
    func deepBlockNesting() throws {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 5, maxAliasedNodes: 10, maxNodes: 1000)
        let text = (0..<7).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        #expect(try firstError(Array(text.utf8), limits: limits).kind == .tooDeep(limit: 5))
    }

    @Test("a 20 MiB file is refused as too large, at the byte where the limit falls")
    func tooLarge() throws {
        let line = Array("key: \(String(repeating: "x", count: 1018))\n".utf8)  // 1 KiB a line
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20 << 20)
        for _ in 0..<(20 << 10) { bytes += line }
        let error = try firstError(bytes)
        #expect(error.kind == .tooLarge(limit: 16 << 20))
        #expect(error.location == Place(line: (16 << 10) + 1, column: 1))
    }

    @Test("the node limit stops a document with too many values")
    func tooManyNodes() throws {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 10, maxAliasedNodes: 10, maxNodes: 100)
        let text = "[" + Array(repeating: "1", count: 200).joined(separator: ",") + "]"
        #expect(try firstError(Array(text.utf8), limits: limits).kind == .tooManyNodes(limit: 100))
    }
}

@Suite("Byte offsets to places")
struct LocationTests {
    @Test("offsets count lines by LF, CR LF or CR, and columns by scalars", arguments: [
        ("ab\ncd", 4, Place(line: 2, column: 2)),
        ("ab\r\ncd", 5, Place(line: 2, column: 2)),
        ("ab\rcd", 4, Place(line: 2, column: 2)),
        ("жұмыс: x", 6, Place(line: 1, column: 4)),
        ("жұмыс: x", 12, Place(line: 1, column: 8)),
        ("", 0, Place(line: 1, column: 1)),
        ("\u{FEFF}key", 3, Place(line: 1, column: 1)),  // the byte-order mark takes no column
    ])
    func offsets(text: String, offset: Int, expected: Place) {
        #expect(SourceLocation.of(offset: offset, in: Array(text.utf8)) == expected)
    }
}

@Suite("Syntax errors where the mistake is")
struct SyntaxPlaceTests {
    @Test("a quote never closed is reported where it opens, not at the end of the file")
    func unclosedQuote() throws {
        let error = try firstError(Array("report:\n  ngo:\n    name: \"abc\n    bin: 1\n  project: x\nservices: []\n".utf8))
        #expect(error.kind == .syntax(problem: "found unexpected end of stream", context: "while scanning a quoted scalar"))
        #expect(error.location == Place(line: 3, column: 11))
    }

    @Test("a single quote never closed is reported where it opens")
    func unclosedSingleQuote() throws {
        let error = try firstError(Array("a: 1\nb: 'x\nc: 2\n".utf8))
        #expect(error.location == Place(line: 2, column: 4))
    }
}
