import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// Problems found in what an alias repeats are reported where the alias stands.
@Suite("Findings through aliases")
struct AliasTests {
    /// A report whose second service repeats the first through an alias (lines 8–16).
    static let text = Reports.header + """

          - &s
            id: S1
            kind: training
            form: seminar
            date: 2026-03-02
            hours: 8
            participants: 20
            provider: {name: Тренер, experience_years: 3}
          - *s

        """

    @Test("a service id repeated by an alias is reported at the alias, with a note on where it is written")
    func duplicateID() throws {
        let result = try Reports.check(Self.text)
        let error = try #require(result.errors.first { $0.message.id == "duplicate_service_id" })
        #expect(error.location?.line == 16 && error.location?.column == 5, "\(String(describing: error.location))")
        let notes = error.notes.map { $0.text(in: .en) }
        #expect(notes.count == 1 && notes[0].contains("line 9") && notes[0].contains("line 8"), "\(notes)")
        for language in Language.allCases {
            #expect(error.notes.first?.text(in: language).contains("9") == true, "\(language)")
        }
        let printed = DiagnosticPrinter(language: .en, color: false).render(error, source: Array(Self.text.utf8))
        #expect(printed.contains("16 |   - *s") && printed.contains("note: "), "\(printed)")
    }

    @Test("a wrong value under an anchor is reported once where it is written and once at each alias")
    func wrongValue() throws {
        let text = Self.text.replacingFirst("experience_years: 3", with: "experience_years: x")
            .replacingFirst("  - *s", with: "  - {id: S2, kind: training, form: seminar, date: 2026-03-03, hours: 8, participants: 20, provider: *p}")
            .replacingFirst("provider: {", with: "provider: &p {")
        let errors = try Reports.check(text).errors.filter { $0.message.id == "wrong_type" }
        #expect(errors.map { $0.location?.line } == [15, 16])
        #expect(errors.map(\.notes.count) == [0, 1])
    }
}
