import Foundation
import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// Reports written by JSON tools, which escape characters past U+FFFF as surrogate pairs.
@Suite("JSON reports with surrogate-pair escapes")
struct JSONEscapeTests {
    /// A valid report as one JSON line, the NGO named `name` (JSON text, escapes and all).
    static func report(name: String, participants: String = "20") -> String {
        #"{"report": {"ngo": {"name": "\#(name)", "bin": "180540012343"}, "project": "\ud83c\udf31 Школа", "#
            + #""period": {"from": "2026-01-01", "to": "2026-12-31"}}, "services": [{"id": "S1", "kind": "training", "#
            + #""form": "seminar", "date": "2026-03-02", "hours": 8, "participants": \#(participants), "#
            + #""provider": {"name": "\ud83d\udc69 Тренер", "experience_years": 3}}]}"#
    }

    @Test("an emoji written as Python's json.dumps writes it is read, and the report judged")
    func emoji() throws {
        let result = try Reports.check(Self.report(name: #"\ud83d\ude00 Болашақ"#), path: "r.json")
        #expect(result.errors.map { $0.message.text(in: .en) } == [])
        #expect(!result.services.isEmpty)
    }

    @Test("an error after the escapes on the same line points at its value")
    func placeAfterEscapes() throws {
        let text = Self.report(name: #"\ud83d\ude00\ud83d\ude00"#, participants: #""много""#)
        let error = try #require(try Reports.check(text, path: "r.json").errors.first)
        #expect(error.message.id == "wrong_type")
        let at = try #require(text.range(of: #""много""#)?.lowerBound)
        #expect(error.location == Place(line: 1, column: text.unicodeScalars[..<at].count + 1))
    }

    @Test("half a pair is an error at its backslash that names it, in every language")
    func unpaired() throws {
        let text = Self.report(name: #"Болашақ \ud83d"#)
        let result = try Reports.check(text, path: "r.json")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.message.id == "unpaired_surrogate")
        let at = try #require(text.range(of: #"\ud83d""#)?.lowerBound)
        #expect(error.location == Place(line: 1, column: text.unicodeScalars[..<at].count + 1))
        for language in Language.allCases {
            #expect(error.message.text(in: language).contains(#"\ud83d"#), "\(language)")
        }
    }
}
