import Foundation
import GSZKit
import Testing

/// The JSON Schema and the reader agree: what gsz reads without errors the schema accepts,
/// and what gsz refuses as an input error the schema refuses too, but for the two
/// documented differences (unknown keys, unquoted BINs).
@Suite struct JSONSchemaTests {
    static let schema = JSONSchema.report(for: StandardToolsFixtures.builtin, language: .en).rendered
    static let samples = StandardToolsFixtures.root + "/Samples"

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema and yaml"))
    func samplesValidateExceptTheOneWithErrors() throws {
        // The report samples: the other documents' samples have schemas of their own.
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples).filter { $0.hasSuffix(".yaml") }.sorted()
            .filter { Rendering.sampleNames.contains(String($0.dropLast(5))) }
        #expect(files.count >= 6)
        let results = try SchemaValidator.validate(schema: Self.schema, files: files.map { Self.samples + "/" + $0 })
        for file in files {
            #expect(results[Self.samples + "/" + file] == (file != "errors.yaml"), "\(file)")
        }
    }

    static let valid = """
        report:
          ngo: {name: ОФ «Болашақ», bin: "180540012343"}
          project: Школа
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
          - id: S1
            kind: training
            form: seminar
            dates: {from: 2026-02-10, to: 2026-02-11}
            hours: 12
            participants: 28
            provider: {name: А. Сапарова, experience_years: 3}
            feedback: {respondents: 26, satisfied: 23}
            success_stories: [one, two]
        """

    /// A change to the valid report, whether gsz finds an input error, whether the schema accepts it.
    static let cases: [(name: String, from: String, to: String, gszError: Bool, schemaValid: Bool)] = [
        ("unchanged", "", "", false, true),
        ("title as a number is text", "kind: training", "kind: training\n    title: 2026", false, true),
        ("name no stays text", "name: ОФ «Болашақ»", "name: no", false, true),
        ("optional field null", "hours: 12", "hours:", false, true),
        ("stories as a count", "success_stories: [one, two]", "success_stories: 4", false, true),
        ("a one-day date", "dates: {from: 2026-02-10, to: 2026-02-11}", "date: 2026-02-10", false, true),
        ("consulting without form", "kind: training\n    form: seminar", "kind: consulting", false, true),
        // gsz reads a number's text whatever its quotes, and so does the schema.
        ("participants quoted", "participants: 28", "participants: \"28\"", false, true),
        ("participants quoted with a sign", "participants: 28", "participants: '+28'", false, true),
        ("hours quoted with an exponent", "hours: 12", "hours: \"1.2e1\"", false, true),
        ("experience quoted as a fraction", "experience_years: 3", "experience_years: \".5\"", false, true),
        ("experience quoted zero", "experience_years: 3", "experience_years: \"0\"", false, true),
        ("feedback quoted", "respondents: 26, satisfied: 23", "respondents: \"26\", satisfied: \"23\"", false, true),
        ("stories as a quoted count", "success_stories: [one, two]", "success_stories: \"4\"", false, true),
        ("quoted negative participants", "participants: 28", "participants: \"-1\"", true, false),
        ("quoted fraction of participants", "participants: 28", "participants: \"28.5\"", true, false),
        ("quoted zero hours", "hours: 12", "hours: \"0.0\"", true, false),
        ("quoted hours with a space", "hours: 12", "hours: \"12 \"", true, false),
        ("quoted hex hours", "hours: 12", "hours: \"0x0C\"", true, false),
        ("participants as words", "participants: 28", "participants: двадцать", true, false),
        ("negative participants", "participants: 28", "participants: -1", true, false),
        ("zero hours", "hours: 12", "hours: 0", true, false),
        ("hours as text", "hours: 12", "hours: twelve", true, false),
        ("BIN of 11 digits", "bin: \"180540012343\"", "bin: \"18054001234\"", true, false),
        ("malformed date", "from: 2026-02-10", "from: 10.02.2026", true, false),
        ("unknown kind", "kind: training", "kind: trainings", true, false),
        ("unknown form", "form: seminar", "form: workshop", true, false),
        ("training without form", "    form: seminar\n", "", true, false),
        ("date and dates", "hours: 12", "hours: 12\n    date: 2026-02-10", true, false),
        ("no dates", "    dates: {from: 2026-02-10, to: 2026-02-11}\n", "", true, false),
        ("no services", "services:\n", "services: []\nx:\n", true, false),
        ("project missing", "  project: Школа\n", "", true, false),
        ("required text blank", "project: Школа", "project: \" \"", true, false),
        ("period without to", "period: {from: 2026-01-01, to: 2026-12-31}", "period: {from: 2026-01-01}", true, false),
        ("feedback as a list", "feedback: {respondents: 26, satisfied: 23}", "feedback: [26, 23]", true, false),
        // Documented differences: gsz warns about unknown keys and reads unquoted BINs as text.
        ("unknown key (gsz: warning)", "participants: 28", "participants: 28\n    participans: 28", false, false),
        ("unquoted BIN (gsz: text)", "bin: \"180540012343\"", "bin: 180540012343", false, false),
    ]

    @Test(arguments: cases.indices)
    func gszAndTheSchemaAgree(_ index: Int) throws {
        let change = Self.cases[index]
        let report = change.from.isEmpty ? Self.valid : Self.valid.replacingFirst(change.from, with: change.to)
        #expect(change.from.isEmpty || report != Self.valid, "\(change.name): nothing changed")
        let result = Checker(standard: StandardToolsFixtures.builtin).check(Array(report.utf8), path: "case.yaml")
        #expect((result.verdict == .error) == change.gszError, "\(change.name): \(result.errors.map(\.message.id))")
        guard SchemaValidator.isAvailable else { return }
        #expect(try SchemaValidator.validate(schema: Self.schema, report: report) == change.schemaValid, "\(change.name)")
    }

    @Test func requiredFieldsAreReportSchemasRequiredFields() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Self.schema.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let format = StandardToolsFixtures.builtin.format
        #expect(root["required"] as? [String] == format.root.fields.filter(\.isRequired).map(\.key))
        let service = try #require((root["$defs"] as? [String: Any])?["service"] as? [String: Any])
        #expect(service["required"] as? [String] == format.service.fields.filter(\.isRequired).map(\.key))
        let properties = try #require(service["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(format.service.fields.map(\.key)))
        let kind = try #require(properties["kind"] as? [String: Any])
        #expect(kind["enum"] as? [String] == StandardToolsFixtures.builtin.kinds.map(\.id))
    }

    @Test(arguments: Language.allCases)
    func descriptionsComeFromTheFieldSummaries(_ language: Language) {
        let schema = JSONSchema.report(for: StandardToolsFixtures.builtin, language: language).rendered
        for field in StandardToolsFixtures.builtin.format.service.allFields {
            var quoted = OutputBuffer()
            quoted.writeJSONString(field.summary[language])
            #expect(schema.contains("\"description\": " + String(decoding: quoted.bytes, as: UTF8.self)), "\(field.path)")
        }
    }
}
