import Foundation
import GSZKit
import GSZTestSupport
import Testing

/// The competition schema and the reader agree on the samples, the template and a few mistakes,
/// as an editor (Python's `jsonschema`, YAML 1.2) sees them.
@Suite struct CompetitionSchemaTests {
    static func schema() throws -> String {
        let rendered = try #require(CompetitionSchema.schema(for: try Reports.standard(), language: .en))
        return rendered.rendered
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema and yaml"))
    func samplesAndTemplateValidate() throws {
        let samples = StandardToolsFixtures.root + "/Samples"
        let files = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasPrefix("competition-") }.sorted()
        #expect(files.count == 3)
        let results = try SchemaValidator.validate(schema: try Self.schema(), files: files.map { samples + "/" + $0 })
        for file in files { #expect(results[samples + "/" + file] == true, "\(file)") }
        #expect(try SchemaValidator.validate(schema: try Self.schema(), report: CompetitionTemplate.text(in: .en)))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema and yaml"), arguments: [
        ("role: chair", "role: president"),
        ("deadline: \"2026-03-20 18:00\"", "deadline: \"20.03.2026 18:00\""),
        ("    in_ngo_database: true\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 4",
         "    in_ngo_databse: true\n    admitted: true\n    scores:\n      - {member: Иванова А., capacity: 4"),
        ("  topics:\n    - {id: T1, title: Поддержка волонтёрства}\n", "  topics: []\n"),
    ])
    func mistakesAreRefused(_ old: String, _ new: String) throws {
        let text = try Competitions.held([(old, new)])
        #expect(try SchemaValidator.validate(schema: try Self.schema(), report: text) == false)
    }
}
