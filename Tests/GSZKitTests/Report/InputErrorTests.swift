import Foundation
import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// Every kind of input error, each with the place it must point at.
@Suite("Input errors, each located")
struct InputErrorTests {
    /// Where an error must point: at a token of the text (its `occurrence`-th appearance,
    /// counting from 1), or at an explicit place where there is no token (the file start).
    enum Target: Sendable {
        case token(String, occurrence: Int = 1)
        /// The value written after `key: ` (its first appearance).
        case value(of: String)
        case place(line: Int, column: Int)
        case line(Int)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let code: String
        let target: Target
        var testDescription: String { name }
    }

    static let valid = Reports.service()
    static let report = Reports.report([valid])

    static let cases: [Case] = [
        Case(name: "not YAML", text: "report: [1, 2\nservices: x\n", code: "yaml_syntax", target: .line(2)),
        Case(name: "empty", text: "", code: "empty", target: .place(line: 1, column: 1)),
        Case(name: "only comments", text: "# отчёт\n", code: "empty", target: .place(line: 1, column: 1)),
        Case(name: "two documents", text: report + "---\nx: 1\n", code: "multiple_documents", target: .token("---")),
        Case(name: "root is a list", text: "- report\n", code: "root_not_mapping", target: .place(line: 1, column: 1)),
        Case(name: "root is a scalar", text: "отчёт\n", code: "root_not_mapping", target: .place(line: 1, column: 1)),
        Case(name: "duplicate key", text: Reports.report([valid + "\n  hours: 3"]), code: "duplicate_key", target: .token("hours", occurrence: 2)),
        Case(name: "NGO name absent", text: report.replacingFirst("    name: ОФ «Болашақ»\n", with: ""),
             code: "missing_field", target: .token("bin")),
        Case(name: "BIN absent", text: report.replacingFirst("    bin: \"180540012343\"\n", with: ""),
             code: "missing_field", target: .token("name")),
        Case(name: "project absent", text: report.replacingFirst("  project: Школа гражданской активности\n", with: ""),
             code: "missing_field", target: .token("ngo")),
        Case(name: "period absent", text: report.replacingFirst("  period: {from: 2026-01-01, to: 2026-12-31}\n", with: ""),
             code: "missing_field", target: .token("ngo")),
        Case(name: "services absent", text: Reports.header.replacingFirst("services:", with: "") + "\n", code: "missing_field",
             target: .token("report")),
        Case(name: "no services", text: Reports.header + " []\n", code: "no_services", target: .token("[]")),
        Case(name: "service id absent", text: Reports.report([valid.replacingFirst("- id: S1\n  kind", with: "- kind")]),
             code: "missing_field", target: .token("kind: training")),
        Case(name: "kind absent", text: Reports.report([valid.replacingFirst("  kind: training\n", with: "")]),
             code: "missing_field", target: .token("id: S1")),
        Case(name: "form absent for training", text: Reports.report([valid.replacingFirst("  form: seminar\n", with: "")]),
             code: "form_required", target: .token("training", occurrence: 1)),
        Case(name: "dates absent", text: Reports.report([valid.replacingFirst("  date: 2026-03-02\n", with: "")]),
             code: "missing_dates", target: .token("id: S1")),
        Case(name: "both date and dates", text: Reports.report([valid + "\n  dates: {from: 2026-03-02, to: 2026-03-03}"]),
             code: "date_and_dates", target: .token("2026-03-02")),
        Case(name: "participants not a number", text: Reports.report([Reports.service(participants: nil) + "\n  participants: много"]),
             code: "wrong_type", target: .token("много")),
        Case(name: "participants a fraction", text: Reports.report([Reports.service(participants: nil) + "\n  participants: 12.5"]),
             code: "wrong_type", target: .token("12.5")),
        Case(name: "hours a list", text: Reports.report([Reports.service(hours: nil) + "\n  hours: [2, 3]"]),
             code: "wrong_type", target: .token("[2, 3]")),
        Case(name: "a number explicitly tagged as text", text: participants("!!str 12"), code: "tag_mismatch", target: .token("!!str")),
        Case(name: "a count tagged as null", text: participants("!!null 12"), code: "tag_mismatch", target: .token("!!null")),
        Case(name: "a count tagged as a fraction", text: participants("!!float 12"), code: "tag_mismatch", target: .token("!!float")),
        Case(name: "a count tagged as a boolean", text: participants("!!bool 12"), code: "tag_mismatch", target: .token("!!bool")),
        Case(name: "letters tagged as a whole number", text: participants("!!int abc"), code: "tag_mismatch", target: .token("!!int")),
        Case(name: "a text tagged as a whole number", text: Reports.report([Reports.service(title: "!!int 12")]),
             code: "tag_mismatch", target: .token("!!int")),
        Case(name: "a list tagged as a mapping", text: Reports.report([Reports.service(hours: nil) + "\n  hours: !!map [2, 3]"]),
             code: "tag_mismatch", target: .token("!!map")),
        Case(name: "period not a mapping", text: report.replacingFirst("{from: 2026-01-01, to: 2026-12-31}", with: "2026"),
             code: "wrong_type", target: .token("2026")),
        Case(name: "negative participants", text: Reports.report([Reports.service(participants: -1, respondents: nil, satisfied: nil)]),
             code: "negative_value", target: .value(of: "participants")),
        Case(name: "negative respondents", text: Reports.report([Reports.service(respondents: -2, satisfied: nil)]),
             code: "negative_value", target: .value(of: "respondents")),
        Case(name: "negative success stories", text: Reports.report([Reports.service(stories: -1)]),
             code: "negative_value", target: .value(of: "success_stories")),
        Case(name: "negative experience", text: Reports.report([Reports.service(experience: -1)]),
             code: "negative_value", target: .token("-1.0")),
        Case(name: "zero hours", text: Reports.report([Reports.service(hours: 0)]), code: "not_positive", target: .token("0.0")),
        Case(name: "date not on the calendar", text: Reports.report([valid.replacingFirst("2026-03-02", with: "2026-02-30")]),
             code: "nonexistent_date", target: .token("2026-02-30")),
        Case(name: "date in another format", text: Reports.report([valid.replacingFirst("2026-03-02", with: "02.03.2026")]),
             code: "malformed_date", target: .token("02.03.2026")),
        Case(name: "service from after to",
             text: Reports.report([valid.replacingFirst("date: 2026-03-02", with: "dates: {from: 2026-03-05, to: 2026-03-02}")]),
             code: "from_after_to", target: .token("2026-03-02")),
        Case(name: "period from after to", text: report.replacingFirst("{from: 2026-01-01, to: 2026-12-31}", with: "{from: 2026-12-31, to: 2026-01-01}"),
             code: "from_after_to", target: .token("2026-01-01")),
        Case(name: "satisfied above respondents", text: Reports.report([Reports.service(respondents: 10, satisfied: 11)]),
             code: "count_exceeds", target: .value(of: "satisfied")),
        Case(name: "respondents above participants", text: Reports.report([Reports.service(participants: 5, respondents: 6, satisfied: 1)]),
             code: "count_exceeds", target: .value(of: "respondents")),
        Case(name: "unknown kind", text: Reports.report([valid.replacingFirst("kind: training", with: "kind: trainig")]),
             code: "unknown_kind", target: .token("trainig")),
        Case(name: "unknown form", text: Reports.report([Reports.service(form: "workshop")]), code: "unknown_form", target: .token("workshop")),
        Case(name: "service id used twice", text: Reports.report([valid, valid]), code: "duplicate_service_id", target: .token("S1", occurrence: 2)),
        Case(name: "BIN too short", text: report.replacingFirst("\"180540012343\"", with: "18054001234"),
             code: "bin_length", target: .token("18054001234")),
        Case(name: "BIN with a letter", text: report.replacingFirst("\"180540012343\"", with: "18054001234O"),
             code: "bin_length", target: .token("18054001234O")),
        Case(name: "BIN check digit", text: report.replacingFirst("\"180540012343\"", with: "\"180540012344\""),
             code: "bin_check_digit", target: .token("\"180540012344\"")),
        Case(name: "not UTF-8", text: "report:\n  ngo:\n    name: ОФ\u{FFFD}\n", code: "invalid_utf8", target: .token("\u{FFFD}")),
    ]

    /// A report whose only service gives `value` as its participants.
    static func participants(_ value: String) -> String {
        Reports.report([Reports.service(participants: nil) + "\n  participants: \(value)"])
    }

    /// The 1-based place of `token`'s `occurrence`-th appearance in `text`, in Unicode scalars.
    static func place(of token: String, occurrence: Int, in text: String) -> Place? {
        var line = 1
        var column = 1
        var seen = 0
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(token.unicodeScalars)
        for index in scalars.indices {
            if scalars[index...].starts(with: wanted) {
                seen += 1
                if seen == occurrence { return Place(line: line, column: column) }
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    @Test("each §4 error gives verdict error, pointing at the right token", arguments: cases)
    func located(errorCase: Case) throws {
        var bytes = Array(errorCase.text.utf8)
        if errorCase.code == "invalid_utf8" {
            // U+FFFD stands in for the bad byte, so the expected place is found in the text.
            bytes = Array(errorCase.text.replacingFirst("\u{FFFD}", with: "\u{1}").utf8).map { $0 == 1 ? 0xFF : $0 }
        }
        let result = Checker(standard: try Reports.standard()).check(bytes, path: "r.yaml")
        #expect(result.verdict == .error)
        #expect(result.services.isEmpty, "nothing in an error file is judged")
        let error = try #require(result.errors.first { $0.message.id == errorCase.code },
                                 "expected \(errorCase.code) among \(result.errorIDs)")
        switch errorCase.target {
        case .token(let token, let occurrence):
            let expected = try #require(Self.place(of: token, occurrence: occurrence, in: errorCase.text))
            #expect(error.location == expected, "\(error.message.text(in: .en))")
        case .value(let key):
            let keyPlace = try #require(Self.place(of: key + ": ", occurrence: 1, in: errorCase.text))
            #expect(error.location == Place(line: keyPlace.line, column: keyPlace.column + key.count + 2),
                    "\(error.message.text(in: .en))")
        case .place(let line, let column):
            #expect(error.location == Place(line: line, column: column))
        case .line(let line):
            #expect(error.location?.line == line)
        }
    }

    @Test("every problem is reported, not only the first")
    func allProblems() throws {
        let text = Reports.report([
            Reports.service(id: "A", participants: -1, respondents: nil, satisfied: nil),
            Reports.service(id: "A", form: "workshop", respondents: 10, satisfied: 12),
        ]).replacingFirst("\"180540012343\"", with: "\"180540012344\"")
        let result = try Reports.check(text)
        #expect(Set(result.errorIDs) == ["bin_check_digit", "negative_value", "unknown_form", "count_exceeds", "duplicate_service_id"])
        let lines = result.errors.compactMap { $0.location?.line }
        #expect(lines == lines.sorted(), "errors come in document order")
    }

    @Test("text fields take what is written: no, numbers and leading zeros stay text")
    func textStaysText() throws {
        let text = Reports.report([Reports.service(id: "007")]).replacingFirst("name: ОФ «Болашақ»", with: "name: no")
            .replacingFirst("\"180540012343\"", with: "090140020201")
            .replacingFirst("project: Школа гражданской активности", with: "project: 2026")
        let result = try Reports.check(text)
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.identity?.ngo == "no")
        #expect(result.identity?.bin == "090140020201")
        #expect(result.identity?.project == "2026")
        #expect(result.services.first?.id == "007")
    }

    @Test("core tags that agree with the value and the field are read as if absent")
    func agreeingTags() throws {
        let service = Reports.service(title: "!!str Бюджет", hours: nil, participants: nil) + "\n  hours: !!float 4.5\n  participants: !!int 28"
        let result = try Reports.check(Reports.report([service]).replacingFirst("bin: \"180540012343\"", with: "bin: !!str 180540012343"))
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.services.first?.participants == 28)
        #expect(result.identity?.bin == "180540012343")
    }

    @Test("a tag that contradicts a value says so in every language, naming the tag")
    func contradictingTagWording() throws {
        let result = try Reports.check(Self.participants("!!null 12"))
        let error = try #require(result.errors.first { $0.message.id == "tag_mismatch" })
        for language in Language.allCases {
            #expect(error.message.text(in: language).contains("!!null"), "\(language)")
        }
        #expect(result.services.isEmpty)
    }

    @Test("numbers in number fields may be quoted: the field decides")
    func quotedNumbers() throws {
        let text = Reports.report([Reports.service(participants: nil) + "\n  participants: \"28\""])
        let result = try Reports.check(text)
        #expect(result.errors.isEmpty)
        #expect(result.services.first?.participants == 28)
    }

    @Test("unknown keys are warnings with their place and the closest known key")
    func unknownKeys() throws {
        let result = try Reports.check(Reports.report([Reports.service(participants: 20) + "\n  participans: 14"]))
        #expect(result.errors.isEmpty)
        let warning = try #require(result.warnings.first)
        #expect(warning.message == .unknownKey(key: "participans", suggestion: "participants"))
        #expect(warning.location == InputErrorTests.place(of: "participans", occurrence: 1, in: Reports.report([Reports.service(participants: 20) + "\n  participans: 14"])))
    }

    @Test("service dates outside the report period are warnings")
    func outsidePeriod() throws {
        let text = Reports.report([Reports.service(participants: 20).replacingFirst("2026-03-02", with: "2027-01-15")])
        let result = try Reports.check(text)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.message.id) == ["outside_period"])
        #expect(result.warnings.first?.location == InputErrorTests.place(of: "2027-01-15", occurrence: 1, in: text))
    }

    @Test("the out-of-period warning names the key the report wrote", arguments: [
        ("date: 2027-01-15", "'date' 2027-01-15"), ("dates: {from: 2025-12-30, to: 2026-01-02}", "'dates.from' 2025-12-30"),
        ("dates: {from: 2026-12-30, to: 2027-01-02}", "'dates.to' 2027-01-02"),
    ])
    func outsidePeriodNamesTheKey(dates: String, named: String) throws {
        let text = Reports.report([Reports.service(participants: 20).replacingFirst("date: 2026-03-02", with: dates)])
        let result = try Reports.check(text)
        let message = try #require(result.warnings.first).message.text(in: .en)
        #expect(message.hasPrefix(named + " is outside the report period"), "\(message)")
    }

    @Test("null means absent: an optional null field is missing, a required one is an error")
    func nulls() throws {
        let optional = try Reports.check(Reports.report([Reports.service(hours: nil) + "\n  hours: ~"]))
        #expect(optional.errors.isEmpty)
        #expect(optional.services.first?.level("hours") == .missing)
        let required = try Reports.check(Reports.report([Reports.service().replacingFirst("kind: training", with: "kind:")]))
        #expect(required.errorIDs == ["missing_field"])
    }

    @Test("alias bombs, deep nesting and huge files end in an error verdict")
    func hostile() throws {
        let deep = String(repeating: "[", count: 100_000)
        #expect(try Reports.check(deep).errorIDs == ["too_deep"])
        let bomb = (["a: &a [x,x,x,x,x,x,x,x,x,x]"] + (1..<8).map { level in
            "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ",") + "]"
        }).joined(separator: "\n")
        #expect(try Reports.check(bomb).errorIDs == ["alias_budget"])
    }
}

extension String {
    /// This text with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
