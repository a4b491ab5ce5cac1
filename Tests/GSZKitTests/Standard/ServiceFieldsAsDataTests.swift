import Foundation
import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// A service kind with a field of its own takes data alone: the field in `fields:`, a check
/// in `checks:`, an indicator reading it, a table for the kind (docs/architecture.md (b)).
@Suite("Service fields and checks as data")
struct ServiceFieldsAsDataTests {
    /// The built-in standard with `consultations` for consulting services: at most the
    /// participants, graded from 5 and 10.
    static let load = loadWithConsultations(kinds: "[consulting]")

    /// The same, the field declared for `kinds`.
    static func loadWithConsultations(kinds: String) -> StandardLoad {
        let header = BuiltinStandard.sources.first { $0.path == "Standards/standard.yaml" }!  // the built-in header exists
        let text = String(decoding: header.bytes, as: UTF8.self)
            .replacingFirst("\nchecks:\n", with: """

                  - key: consultations
                    type: whole_number
                    minimum: 0
                    unit: people
                    example: "8"
                    kinds: \(kinds)
                    summary: {ru: Консультации, kk: Кеңестер, en: Consultations given}

                checks:
                  - field: consultations
                    at_most: participants

                """)
            .replacingFirst("\nindicators:\n", with: """

                indicators:
                  - id: consultations
                    name: {ru: Консультации, kk: Кеңестер, en: Consultations}
                    check: graded
                    compute: value
                    input: consultations
                    unit: people

                """)
        let table = StandardSource(path: "consulting.yaml", text: """
            table:
              id: consulting-conditions
              kind: consulting
              title: {ru: Консультации, kk: Кеңес беру, en: Consulting}
              indicators: [consultations]
            rows:
              - source: a row for the whole kind
                consultations: {minimal: 5, maximal: 10}
            """)
        return StandardLoader.load(BuiltinStandard.sources.filter { $0.path != header.path }
                                   + [StandardSource(path: header.path, text: text), table])
    }

    private func check(consultations: Int, participants: Int = 30) throws -> FileResult {
        let standard = try #require(Self.load.standard, "\(Self.load.diagnostics.map { $0.message.text(in: .en) })")
        let service = """
            - id: C1
              kind: consulting
              date: 2026-03-02
              participants: \(participants)
              consultations: \(consultations)
            """
        return Checker(standard: standard).check(Array(Reports.report([service]).utf8), path: "r.yaml")
    }

    @Test("the new field is read and graded by the new indicator",
          arguments: [(3, Verdict.noncompliant), (5, .minimal), (12, .maximal)])
    func graded(consultations: Int, verdict: Verdict) throws {
        let result = try check(consultations: consultations)
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.verdict == verdict)
        #expect(result.services.first?.indicators.map(\.id) == ["consultations"])
    }

    @Test("the declared check holds the field under another")
    func checked() throws {
        let result = try check(consultations: 12, participants: 9)
        #expect(result.verdict == .error)
        #expect(result.errors.map(\.message.id) == ["count_exceeds"])
        #expect(result.errors.first?.message.text(in: .en).contains("'consultations'") == true)
    }

    @Test("under the built-in standard the field is unknown: a warning, the service not assessed")
    func unknownWithoutTheDeclaration() throws {
        let service = "- id: C1\n  kind: consulting\n  date: 2026-03-02\n  consultations: 12"
        let result = Checker(standard: try Reports.standard()).check(Array(Reports.report([service]).utf8), path: "r.yaml")
        #expect(result.warnings.map(\.message.id) == ["unknown_key"])
        #expect(result.verdict == .notAssessed)
    }

    @Test("a service of another kind that gives the field gets a warning where it is written, and the value is ignored")
    func otherKind() throws {
        let standard = try #require(Self.load.standard)
        let service = Reports.service() + "\n  consultations: 400"
        let result = Checker(standard: standard).check(Array(Reports.report([service]).utf8), path: "r.yaml")
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.warnings.map(\.message) == [.fieldNotForKind(field: "consultations", kind: "training", kinds: ["consulting"])])
        #expect(result.warnings.first?.location?.line == 18)  // the last line of the service
        let without = Checker(standard: standard).check(Array(Reports.report([Reports.service()]).utf8), path: "r.yaml")
        #expect(result.verdict == without.verdict)
    }

    @Test("a field declared for a kind the standard lacks is a lint error at that kind")
    func undeclaredKind() {
        let load = Self.loadWithConsultations(kinds: "[consultng]")
        #expect(load.standard == nil)
        let problems = load.diagnostics.map(\.message)
        #expect(problems == [.standard(.undefinedKind(kind: "consultng", suggestion: "consulting"))], "\(problems)")
    }

    @Test("the schema and the template know the new field")
    func schemaAndTemplate() throws {
        let standard = try #require(Self.load.standard)
        let schema = JSONSchema.report(for: standard, language: .en).rendered
        #expect(schema.contains("\"consultations\""))
        let template = try ReportTemplate(standard: standard, kind: "consulting", form: nil).render(in: .en)
        #expect(template.contains("consultations: 8"))
        let result = Checker(standard: standard).check(Array(template.utf8), path: "template.yaml")
        #expect(result.errors.isEmpty)
    }
}
