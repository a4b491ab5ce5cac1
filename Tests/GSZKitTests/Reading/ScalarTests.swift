import GSZYAML
import Testing
@testable import GSZKit

@Suite("Reading scalars as the field asks")
struct ScalarTests {
    @Test("whole numbers: decimal digits with an optional sign, nothing else", arguments: [
        ("28", ScalarSyntax.WholeNumber.value(28)), ("012", .value(12)), ("-3", .value(-3)), ("+7", .value(7)),
        ("12.5", .notWhole), ("0x1F", .notWhole), ("1e3", .notWhole), ("", .notWhole), ("-", .notWhole),
        ("twelve", .notWhole), ("99999999999999999999", .tooLarge),
    ])
    func wholeNumbers(text: String, expected: ScalarSyntax.WholeNumber) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(ScalarSyntax.wholeNumber) == expected)
    }

    @Test("numbers: decimal with fraction and exponent, never inf or nan", arguments: [
        ("2", 2.0), ("0.5", 0.5), (".5", 0.5), ("1.5e1", 15.0), ("-0.25", -0.25),
        ("inf", nil), (".inf", nil), ("nan", nil), ("1,5", nil), ("1.", 1.0), ("1e", nil), ("0x10", nil), ("", nil),
    ] as [(String, Double?)])
    func numbers(text: String, expected: Double?) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(ScalarSyntax.number) == expected)
    }

    @Test("dates: exactly YYYY-MM-DD, and on the calendar", arguments: [
        ("2026-02-10", ScalarSyntax.DateReading.date(CalendarDate(year: 2026, month: 2, day: 10)!)),
        ("2024-02-29", .date(CalendarDate(year: 2024, month: 2, day: 29)!)),
        ("2026-02-29", .nonexistent), ("2026-02-30", .nonexistent), ("2026-13-01", .nonexistent),
        ("2026-04-31", .nonexistent), ("1900-02-29", .nonexistent), ("2000-02-29", .date(CalendarDate(year: 2000, month: 2, day: 29)!)),
        ("2026-2-10", .malformed), ("10.02.2026", .malformed), ("2026-02-10T00:00", .malformed), ("", .malformed),
    ])
    func dates(text: String, expected: ScalarSyntax.DateReading) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(ScalarSyntax.date) == expected)
    }

    @Test("calendar days count both ends", arguments: [
        ("2026-02-10", "2026-02-10", 1), ("2026-02-10", "2026-02-13", 4), ("2026-02-27", "2026-03-02", 4),
        ("2024-02-28", "2024-03-01", 3), ("2025-12-31", "2026-01-01", 2),
    ])
    func calendarDays(from: String, to: String, days: Int) throws {
        func date(_ text: String) throws -> CalendarDate {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return try #require(CalendarDate(year: parts[0], month: parts[1], day: parts[2]))
        }
        #expect(DateSpan(from: try date(from), to: try date(to)).days == days)
    }
}

@Suite("BIN check digit")
struct BINTests {
    @Test("valid BINs pass", arguments: ["940140000385", "180540012343", "090140020201", "150340001117", "201140007778"])
    func valid(bin: String) {
        #expect(BIN.problem(in: bin) == nil)
    }

    @Test("a changed digit fails the check digit", arguments: ["940140000386", "180540012344", "090140020200"])
    func checkDigit(bin: String) {
        #expect(BIN.problem(in: bin) == .checkDigit)
    }

    @Test("anything but 12 ASCII digits is refused", arguments: ["12345678901", "1234567890123", "18054001234a", "", "١٨٠٥٤٠٠١٢٣٤٣"])
    func length(bin: String) {
        #expect(BIN.problem(in: bin) == .notTwelveDigits)
    }

    @Test("the second weighting decides when the first sum gives 10")
    func secondWeighting() {
        // Brute force: a prefix whose first sum mod 11 is 10, completed by the second weighting.
        let prefix = (0..<100_000).lazy.map { String(format11: $0) }.first { digits in
            zip(digits.utf8.map { Int($0) - 48 }, 1...11).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 10
                && zip(digits.utf8.map { Int($0) - 48 }, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11 != 10
        }
        guard let prefix else { Issue.record("no prefix found"); return }
        let check = zip(prefix.utf8.map { Int($0) - 48 }, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11
        #expect(BIN.problem(in: prefix + String(check)) == nil)
        #expect(BIN.problem(in: prefix + String((check + 1) % 10)) == .checkDigit)
    }
}

extension String {
    /// `value` as 11 digits, zero-padded.
    init(format11 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: 11 - digits.count) + digits
    }
}

@Suite("Did you mean")
struct SuggestionTests {
    @Test("a close misspelling finds its word", arguments: [
        ("participans", "participants"), ("satisifed", "satisfied"), ("Hours", "hours"), ("feedbak", "feedback"),
        ("experiance_years", "experience_years"),
    ])
    func close(word: String, expected: String) {
        let known = ["participants", "satisfied", "respondents", "hours", "feedback", "experience_years", "dates", "date"]
        #expect(Suggestion.closest(to: word, among: known) == expected)
    }

    @Test("an unrelated word finds nothing")
    func unrelated() {
        #expect(Suggestion.closest(to: "budget", among: ["participants", "hours", "dates"]) == nil)
    }

    /// Dates sit in every field record and result; four bytes keep a large report small.
    @Test func aDateTakesFourBytesAndKeepsItsParts() throws {
        #expect(MemoryLayout<CalendarDate>.size <= 4)
        let date = try #require(CalendarDate(year: 9999, month: 12, day: 31))
        #expect((date.year, date.month, date.day) == (9999, 12, 31))
        #expect(date.description == "9999-12-31")
    }
}
