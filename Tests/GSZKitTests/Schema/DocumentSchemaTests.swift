import Foundation
import GSZKit
import Testing

/// The discussion and monitoring schemas accept their samples and templates, and refuse what
/// an editor should underline, checked by Python's jsonschema as an editor would.
@Suite(.enabled(if: SchemaValidator.isAvailable, "python3 with jsonschema and yaml is needed"))
struct DocumentSchemaTests {
    static let samples = StandardToolsFixtures.root + "/Samples"

    static func schema(_ kind: DocumentKind) throws -> String {
        try #require(DocumentSchema.schema(for: kind, language: .en)).rendered
    }

    @Test(arguments: [DocumentKind.discussion, .monitoring])
    func samplesAndTemplateValidate(kind: DocumentKind) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples)
            .filter { $0.hasPrefix(kind.rawValue + "-") }.map { Self.samples + "/" + $0 }
        #expect(files.count == 2)
        let results = try SchemaValidator.validate(schema: try Self.schema(kind), files: files)
        for file in files { #expect(results[file] == true, "\(file)") }
        let template = try #require(DocumentTemplate.text(for: kind, in: .kk))
        #expect(try SchemaValidator.validate(schema: try Self.schema(kind), report: template))
    }

    @Test(arguments: [
        (DocumentKind.discussion, "discussion: {body: b, posted: 2026-09-01, closed: 2026-09-15}\ntopics: []\n"),
        (.discussion, "discussion: {body: b, posted: 2026-09-01, closed: 2026-09-15, closd: 2026-09-15}\ntopics: [{no: 1, title: t, funding: 1}]\n"),
        (.monitoring, "monitoring: {body: b}\n"),
        (.monitoring, "monitoring: {as_of: 2026-12-01}\nreports: [{half: 3, year: 2026}]\n"),
    ])
    func mistakesAreRefused(kind: DocumentKind, text: String) throws {
        #expect(try !SchemaValidator.validate(schema: try Self.schema(kind), report: text))
    }

    /// gsz reads a number's text whatever its quotes: the schema accepts what gsz does.
    @Test(arguments: [
        (DocumentKind.discussion, "discussion: {body: b, posted: 2026-09-01, closed: 2026-09-15, topics_year: \"2027\"}\n"
            + "topics: [{no: \"1\", title: t, funding: \"1500.5\"}]\ncomments: [{topic: \"1\", author: a, summary: s, decision: accepted}]\n"
            + "totals: {accepted: \"1\", rejected: \"0\"}\n"),
        (.monitoring, "monitoring: {as_of: 2026-12-01}\nreports: [{half: \"1\", year: \"2026\"}]\n"),
    ])
    func quotedNumbersAreAccepted(kind: DocumentKind, text: String) throws {
        let result = Checker(standard: StandardToolsFixtures.builtin).check(Array(text.utf8), path: "quoted.yaml")
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(try SchemaValidator.validate(schema: try Self.schema(kind), report: text))
    }
}
