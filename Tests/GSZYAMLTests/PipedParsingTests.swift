import Foundation
import Testing
@testable import GSZYAML

/// A large input is parsed by libyaml on a thread of its own while the composer builds the
/// tree; what comes out must be what one thread would have built, for every input.
@Suite("Parsing ahead on a second thread")
struct PipedParsingTests {
    /// Inputs that end in each way a parse can end: the stream's end, a libyaml error
    /// (syntax, reader, escape), a composer limit, a second document.
    static let inputs: [String] = [
        "report:\n  ngo: {name: A}\nservices:\n  - id: S1\n    hours: 2\n  - &s {id: S2, tags: [a, b]}\n  - *s\n",
        "a: !!int 12\nb: !!null 12\nc: !!str x\nd: !!map {k: v}\ne: !custom q\n",
        "a: \"\\ud83d\\ude00\"\nb: '\\ud83d\\ude00'\nc: \\ud83d\\ude00\n",
        "a: \"\\ud83d\"\n",
        "a: [1, 2\nb: 3\n",
        "a: \"never closed\nb: 1\nc: 2\n",
        "a: 1\na: 2\nb: {x: 1, x: 2}\n",
        "a: 1\n---\nb: 2\n",
        "a: *missing\n",
        "anchor: &big [" + String(repeating: "x, ", count: 50) + "x]\nuse: [" + String(repeating: "*big, ", count: 40) + "*big]\n",
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n",
        "name: Café\nbad: \u{1}\n",
        "literal: |\n  line one\n  line two\nfolded: >\n  more\n  text\n",
        "",
        "   \n",
    ]

    @Test("the tree and the problems are the same as parsing on one thread", arguments: [1, 2, 7, 4096])
    func sameAsOneThread(batchEvents: Int) throws {
        let piped = Composer.Piping(fromBytes: 0, batchEvents: batchEvents)
        var inputs = Self.inputs.map { Array($0.utf8) }
        inputs.append(Array("name: Caf".utf8) + [0xE9] + Array("\nnext: 1\n".utf8))
        inputs.append(contentsOf: try Self.reportFixtures())
        for bytes in inputs {
            let alone = YAMLDocument.parse(bytes, limits: .default, piping: .never)
            let ahead = YAMLDocument.parse(bytes, limits: .default, piping: piped)
            #expect(ahead.errors == alone.errors, "\(String(decoding: bytes.prefix(60), as: UTF8.self))")
            #expect(ahead.document.map(Self.dump) == alone.document.map(Self.dump))
        }
    }

    @Test("a composer that stops at a limit stops the parser, whatever is left to parse")
    func stopsEarly() {
        let deep = Array((String(repeating: "[", count: 300) + String(repeating: "x, ", count: 200_000)).utf8)
        let result = YAMLDocument.parse(deep, limits: .default, piping: Composer.Piping(fromBytes: 0, batchEvents: 16))
        #expect(result.document == nil)
        #expect(result.errors.map(\.kind) == [.tooDeep(limit: 256)])
    }

    /// The reports the other suites check, read from the repository.
    static func reportFixtures() throws -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let samples = root.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        return try names.sorted().map { Array(try Data(contentsOf: samples.appendingPathComponent($0))) }
    }

    /// Every node with its kind, style, tag, place and text, depth first.
    static func dump(_ document: YAMLDocument) -> [String] {
        var lines: [String] = []
        var stack = [(document.root, 0)]
        while let (node, depth) = stack.popLast() {
            lines.append("\(depth) \(node.kind) \(node.style) \(node.tag) \(node.location) \(node.kind == .scalar ? node.text : "")")
            let children = node.items.map { $0 } + node.pairs.flatMap { [$0.key, $0.value] }
            for child in children.reversed() { stack.append((child, depth + 1)) }
        }
        return lines
    }
}
