import GSZKit
import GSZYAML
import Testing

/// Mistakes in calendar and rules files are errors with their place, as in every standard file.
@Suite struct CalendarFileTests {
    static let badYear = """
        calendar:
          year: 2030
          sources: [Закон № 267]
          holidays:
            - {date: 2031-01-01, name: {ru: Новый год, kk: Жаңа жыл, en: New Year}, substitution: true}
            - {date: 2030-03-08, name: {ru: 8 марта, en: Women's Day}, substitution: true}
            - {date: 2030-03-21, name: {ru: Наурыз, kk: Наурыз, en: Nauryz}, substitution: yes}
            - {date: 2030-05-01, name: {ru: 1 мая, kk: 1 мамыр, en: 1 May}, substitution: true, moved: true}
          transfers:
            - {worked: 2030-05-06, off: 2030-05-11, order: Постановление}
        """

    static let secondYear = """
        calendar:
          year: 2026
          sources: [Закон № 267]
          holidays: []
        """

    static let badRules = """
        discussion_rules:
          length_working_days: 0
        """

    @Test func mistakesAreLocated() {
        let load = StandardToolsFixtures.builtin(plus: [
            StandardSource(path: "bad/2030.yaml", text: Self.badYear),
            StandardSource(path: "bad/2026.yaml", text: Self.secondYear),
            StandardSource(path: "bad/rules.yaml", text: Self.badRules),
        ])
        let found = Set(load.diagnostics.filter { $0.path.hasPrefix("bad/") }
            .map { "\($0.path):\($0.location?.line ?? 0) \($0.message.id)" })
        let expected: Set<String> = [
            "bad/2030.yaml:5 standard_date_outside_year",
            "bad/2030.yaml:6 standard_missing_translation",
            "bad/2030.yaml:7 wrong_type",
            "bad/2030.yaml:8 unknown_key",
            "bad/2030.yaml:10 standard_transfer_day",
            "bad/2026.yaml:2 standard_duplicate_id",
            "bad/rules.yaml:2 not_positive",
            "bad/rules.yaml:2 missing_field",
        ]
        #expect(found == expected)
        #expect(load.standard == nil)
    }
}
