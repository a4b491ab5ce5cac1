import GSZYAML
import Testing
@testable import GSZKit

/// The translations of libyaml's sentences match what the system libyaml really says: each
/// input below makes libyaml report one problem, which every language words (Russian and
/// Kazakh without libyaml's English left in), and every case of the tables is produced by some
/// input, so no translation waits for a sentence libyaml never gives.
@Suite("libyaml's own sentences, translated")
struct LibyamlWordingTests {
    /// Inputs and the problem and context libyaml reports for each.
    static let cases: [(input: String, problem: String, context: String?)] = [
        ("a: b: c", "mapping values are not allowed in this context", nil),
        ("a:\n  b: 1\n c: 2", "did not find expected key", "while parsing a block mapping"),
        ("a: b\n c\nd", "could not find expected ':'", "while scanning a simple key"),
        ("@foo: 1", "found character that cannot start any token", "while scanning for the next token"),
        ("- !!str\n- [", "did not find expected node content", "while parsing a flow node"),
        ("\"abc", "found unexpected end of stream", "while scanning a quoted scalar"),
        ("[a, b", "did not find expected ',' or ']'", "while parsing a flow sequence"),
        ("{a: 1", "did not find expected ',' or '}'", "while parsing a flow mapping"),
        ("a: b\n\tc", "found a tab character that violates indentation", "while scanning a plain scalar"),
        ("a: - b", "block sequence entries are not allowed in this context", nil),
        ("a: \"\\q\"", "found unknown escape character", "while parsing a quoted scalar"),
        ("[a, ]]", "did not find expected <document start>", nil),
        ("!x!y 1", "found undefined tag handle", "while parsing a node"),
        ("- a\nb: 1", "did not find expected '-' indicator", "while parsing a block collection"),
        ("%YAML 1.1\n%YAML 1.1\n--- a", "found duplicate %YAML directive", nil),
        ("%YAML 2.0\n--- a", "found incompatible YAML document", nil),
        ("a: *", "did not find expected alphabetic or numeric character", "while scanning an alias"),
        ("&", "did not find expected alphabetic or numeric character", "while scanning an anchor"),
        ("a: !<tag", "did not find the expected '>'", "while scanning a tag"),
    ]

    @Test("libyaml gives the expected sentence, and every language words it", arguments: cases.indices)
    func realSentence(_ index: Int) throws {
        let (input, problem, context) = Self.cases[index]
        let error = try #require(YAMLDocument.parse(Array(input.utf8)).errors.first)
        guard case .syntax(let found, let foundContext) = error.kind else {
            Issue.record("\(input.debugDescription) gave \(error)")
            return
        }
        #expect(found == problem)
        #expect(foundContext == context)
        let known = try #require(LibyamlProblem(rawValue: found), "no catalogue words \(found.debugDescription)")
        for language in Language.allCases {
            // What the user reads: the whole message, as the YAML layer's error renders it.
            let text = Message.yaml(error.kind).text(in: language)
            #expect(text.contains(language.catalogue.libyamlProblem(known)), "\(language): '\(text)'")
            if let foundContext {
                let clause = try #require(LibyamlContext(rawValue: foundContext), "no catalogue words \(foundContext.debugDescription)")
                #expect(text.contains(language.catalogue.libyamlContext(clause)), "\(language): '\(text)'")
            }
            guard language != .en else { continue }
            #expect(!text.contains(found), "\(language) passes libyaml's English through: '\(text)'")
            if let foundContext { #expect(!text.contains(foundContext), "\(language) passes libyaml's English through: '\(text)'") }
        }
    }

    @Test("every translated sentence is one libyaml gives for some input")
    func noDeadEntries() {
        let problems = Set(Self.cases.map(\.problem))
        let contexts = Set(Self.cases.compactMap(\.context))
        #expect(Set(LibyamlProblem.allCases.map(\.rawValue)).subtracting(problems).isEmpty)
        #expect(Set(LibyamlContext.allCases.map(\.rawValue)).subtracting(contexts).isEmpty)
    }

    @Test("English keeps libyaml's words")
    func english() {
        #expect(LibyamlWording.problem("found unexpected end of stream", .en) == "found unexpected end of stream")
        #expect(LibyamlWording.context("while parsing a flow mapping", .en) == "while parsing a flow mapping")
    }
}
