import Foundation
import GSZKit
import Testing

/// `gsz standard show`: the built-in standard's table is the contract's §2 table, cell by cell.
@Suite struct StandardTableTests {
    /// Contract §2, typed from the contract: form, then satisfaction, success stories,
    /// participants, hours at least, days at most, experience at least.
    static let contract: [(form: String, cells: [String])] = [
        ("seminar", ["50% / 85%", "—", "12 / 35", "2 hours", "4 days", "1 year"]),
        ("training", ["60% / 85%", "3 / 7", "10 / 25", "4 hours", "3 days", "2 years"]),
        ("master_class", ["50% / 85%", "—", "—", "—", "—", "—"]),
        ("lecture", ["50% / 85%", "—", "—", "—", "—", "—"]),
        ("webinar", ["—", "—", "—", "—", "—", "—"]),
        ("video_lesson", ["—", "—", "—", "—", "—", "—"]),
        ("course", ["75% / 95%", "5 / 10", "—", "—", "—", "—"]),
        ("internship", ["50% / 85%", "1 / 5", "—", "—", "—", "—"]),
    ]

    @Test func builtInTableIsTheContractsTable() throws {
        let tables = StandardTable.tables(of: StandardToolsFixtures.builtin)
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.kind.id == "training")
        #expect(table.columns.map(\.id) == ["satisfaction", "success_stories", "participants", "hours", "days", "experience"])
        #expect(table.rows.map { $0.form?.id ?? "" } == Self.contract.map(\.form))
        for (row, expected) in zip(table.rows, Self.contract) {
            let cells = row.cells.map { StandardTableFormat.cellText($0, in: .en) }
            #expect(cells == expected.cells, "\(expected.form)")
        }
    }

    @Test func kindsWithoutTablesAreListedAsNotAssessed() {
        let kinds = StandardTable.kindsWithoutThresholds(of: StandardToolsFixtures.builtin).map(\.id)
        #expect(kinds == ["consulting", "information", "research", "events", "civic_center"])
    }

    @Test func oneFormShowsOneRow() {
        let tables = StandardTable.tables(of: StandardToolsFixtures.builtin, form: "course")
        #expect(tables.map { $0.rows.map { $0.form?.id } } == [["course"]])
    }

    @Test(arguments: Language.allCases)
    func textNamesEveryFormInTheLanguage(_ language: Language) {
        let standard = StandardToolsFixtures.builtin
        let text = StandardTableFormat.text.render(standard, language: language)
        for form in standard.kinds.flatMap(\.forms) {
            #expect(text.contains(form.name[language]))
        }
        #expect(text.contains("12 / 35"))
    }

    @Test func markdownHasARowPerForm() {
        let text = StandardTableFormat.markdown.render(StandardToolsFixtures.builtin, language: .ru)
        #expect(text.contains("| Семинар | 50% / 85% | — | 12 / 35 | 2 часа | 4 дня | 1 год |"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == 1 + 8)
    }

    @Test func jsonCitesEveryThresholdsTableRowFileAndLine() throws {
        let text = StandardTableFormat.json.render(StandardToolsFixtures.builtin, language: .ru)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let kinds = try #require(root["kinds"] as? [[String: Any]])
        let training = try #require(kinds.first { $0["id"] as? String == "training" })
        let forms = try #require(training["forms"] as? [[String: Any]])
        let seminar = try #require(forms.first { $0["id"] as? String == "seminar" })
        let thresholds = try #require(seminar["thresholds"] as? [[String: Any]])
        #expect(thresholds.map { $0["indicator"] as? String } == ["satisfaction", "participants", "hours", "days", "experience"])
        let participants = try #require(thresholds.first { $0["indicator"] as? String == "participants" })
        #expect(participants["minimal"] as? Int == 12)
        #expect(participants["maximal"] as? Int == 35)
        let source = try #require(participants["source"] as? [String: Any])
        #expect(source["table"] as? String == "training-conditions")
        #expect(source["file"] as? String == "Standards/training-conditions.yaml")
        #expect(source["row"] as? String == "строка «Семинар»")
        #expect((source["line"] as? Int ?? 0) > 0)
        #expect(kinds.filter { $0["assessed"] as? Bool == false }.count == 5)
    }
}
