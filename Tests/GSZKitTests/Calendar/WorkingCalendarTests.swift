import GSZKit
import GSZYAML
import Testing

/// The built-in calendar against the published production calendars, and the counting
/// rules of contract §8 at their boundaries.
@Suite struct WorkingCalendarTests {
    static let calendar = StandardToolsFixtures.builtin.process.calendar

    static func day(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])!  // literals below are valid dates
    }

    @Test(arguments: [(2024, 249), (2025, 246), (2026, 247), (2027, 247)])
    func workingDaysInAYear(year: Int, expected: Int) throws {
        #expect(try Self.calendar.workingDays(in: year) == expected)
    }

    /// Days off and working days that a wall calendar gets wrong most often.
    @Test(arguments: [
        ("2026-03-21", false), ("2026-03-23", false), ("2026-03-24", false), ("2026-03-25", false), ("2026-03-26", true),
        ("2025-01-03", false), ("2025-01-05", true), ("2024-05-04", true), ("2024-05-08", false),
        ("2024-01-08", true), ("2024-06-17", true), ("2026-08-31", true), ("2025-09-01", false),
        ("2026-05-11", false), ("2027-01-04", false), ("2027-03-15", false), ("2026-12-31", true),
    ])
    func isWorkingDay(date: String, working: Bool) throws {
        #expect(try Self.calendar.isWorkingDay(Self.day(date)) == working)
    }

    /// "Within N working days after D": D is not counted, the N-th working day is the deadline.
    @Test(arguments: [
        ("2026-09-01", 10, "2026-09-15"), ("2026-03-20", 1, "2026-03-26"), ("2025-12-31", 1, "2026-01-05"),
        ("2026-09-15", 3, "2026-09-18"), ("2026-09-05", 1, "2026-09-07"), ("2026-09-01", 0, "2026-09-01"),
        ("2024-04-30", 3, "2024-05-04"), ("2026-12-30", 3, "2027-01-06"),
    ])
    func workingDayAfter(from: String, count: Int, expected: String) throws {
        #expect(try Self.calendar.workingDay(count, after: Self.day(from)) == Self.day(expected))
    }

    @Test func countsBothEndsAndNothingWhenReversed() throws {
        #expect(try Self.calendar.workingDays(from: Self.day("2026-09-01"), to: Self.day("2026-09-01")) == 1)
        #expect(try Self.calendar.workingDays(from: Self.day("2026-09-05"), to: Self.day("2026-09-06")) == 0)
        #expect(try Self.calendar.workingDays(from: Self.day("2026-09-02"), to: Self.day("2026-09-01")) == 0)
        #expect(try Self.calendar.workingDays(from: Self.day("2026-03-30"), to: Self.day("2026-04-17")) == 15)
    }

    @Test func aYearNotCoveredIsNamed() {
        #expect(throws: UncoveredYear(year: 2028)) { try Self.calendar.workingDay(10, after: Self.day("2027-12-27")) }
        #expect(throws: UncoveredYear(year: 2023)) { try Self.calendar.workingDays(from: Self.day("2023-12-25"), to: Self.day("2024-01-10")) }
        #expect(throws: UncoveredYear(year: 2023)) { try Self.calendar.isWorkingDay(Self.day("2023-06-01")) }
        // The last covered day itself needs no other year.
        #expect(throws: Never.self) { try Self.calendar.workingDays(from: Self.day("2027-12-01"), to: Self.day("2027-12-31")) }
    }

    @Test func specialDaysSayWhy() throws {
        let days = try Self.calendar.specialDays(of: 2026)
        let march = days.filter { $0.date.month == 3 }.map { "\($0.date)" }
        #expect(march == ["2026-03-08", "2026-03-09", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"])
        guard let moved = days.first(where: { $0.date == Self.day("2026-03-24") }), case .substitute(let holiday) = moved.reason else {
            Issue.record("24 March 2026 is not a moved day off")
            return
        }
        #expect(holiday.date == Self.day("2026-03-21"))
        #expect(Self.calendar.year(2027)?.provisional == true)
        #expect(Self.calendar.year(2026)?.provisional == false)
    }

    @Test func calendarExamplesAllPass() {
        let standard = StandardToolsFixtures.builtin
        #expect(standard.process.calendarExamples.count >= 20)
        for example in standard.process.calendarExamples {
            let problems = example.run(standard.process.calendar)
            #expect(problems.isEmpty, "\(example.name): \(problems.map { $0.message.text(in: .en) })")
        }
    }
}

/// The art. 5 rule on years made up for the purpose: runs of holidays, days that never move.
@Suite struct DaysOffRuleTests {
    static func year(_ holidays: [(String, Bool)], transfers: [Transfer] = []) -> WorkingCalendar {
        let list = holidays.map { Holiday(date: WorkingCalendarTests.day($0.0), name: LocalizedText(verbatim: $0.0), substitution: $0.1) }
        return WorkingCalendar(years: [CalendarYear(year: 2026, provisional: false, sources: [], holidays: list,
                                                    transfers: transfers, path: "t", location: SourceLocation(line: 1, column: 1))])
    }

    /// 2026-03-21 and -22 are a Saturday and Sunday; the run ends on Monday 23.
    @Test func eachWeekendDayOfARunMovesInTurnAfterTheRun() throws {
        let calendar = Self.year([("2026-03-21", true), ("2026-03-22", true), ("2026-03-23", true)])
        let off = try calendar.specialDays(of: 2026).filter(\.isDayOff).map { "\($0.date)" }
        #expect(off == ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"])
    }

    @Test func aDayWithoutSubstitutionDoesNotMove() throws {
        let calendar = Self.year([("2026-03-22", false)])
        #expect(try calendar.isWorkingDay(WorkingCalendarTests.day("2026-03-23")))
    }

    /// A moved day off skips a day already taken by another holiday.
    @Test func aMovedDayOffSkipsAnotherHoliday() throws {
        let calendar = Self.year([("2026-05-09", true), ("2026-05-11", true)])
        #expect(try !calendar.isWorkingDay(WorkingCalendarTests.day("2026-05-12")))
        #expect(try calendar.isWorkingDay(WorkingCalendarTests.day("2026-05-13")))
    }
}
