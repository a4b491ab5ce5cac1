import Foundation
import Testing

/// `gsz calendar` end to end: the year's days off, counts a script can read, errors that name the year.
@Suite struct CalendarCommandTests {
    @Test func aYearListsItsDaysOffWithTotals() throws {
        let run = try CLI.run(["calendar", "2026", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Working-day calendar of Kazakhstan, 2026: 247 working days, 118 days off\n"))
        #expect(run.stdout.contains("2026-03-24 Tue  day off     day off moved from 2026-03-21 (Nauryz"))
        #expect(!run.stdout.contains("2026-08-30"))
        #expect(run.stdout.contains("№ 267-II"))
    }

    @Test(arguments: [("2025", 246), ("2026", 247), ("2024", 249)])
    func jsonCarriesTheYearsCount(year: String, working: Int) throws {
        let run = try CLI.run(["calendar", year, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        #expect(object["working_days"] as? Int == working)
        #expect(object["provisional"] as? Bool == false)
        let days = try #require(object["days"] as? [[String: Any]])
        #expect(days.allSatisfy { ($0["date"] as? String)?.hasPrefix(year) == true })
    }

    @Test func the2027CalendarIsMarkedProvisional() throws {
        let run = try CLI.run(["calendar", "2027", "--format", "markdown", "--lang", "ru"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("## Производственный календарь Казахстана на 2027 год (предварительный): 247 рабочих дней"))
        let add = try CLI.run(["calendar", "add", "2027-03-01", "5", "--lang", "en"])
        #expect(add.stdout == "2027-03-09\n")
        #expect(add.stderr.contains("the calendar of 2027 is provisional"))
    }

    @Test(arguments: [
        (["add", "2026-09-01", "10"], "2026-09-15\n"), (["add", "2025-12-31", "1"], "2026-01-05\n"),
        (["add", "2026-03-20", "1"], "2026-03-26\n"), (["between", "2026-09-01", "2026-09-15"], "11\n"),
        (["between", "2025-01-01", "2025-12-31"], "246\n"), (["between", "2026-03-21", "2026-03-25"], "0\n"),
    ])
    func countsPrintOneValue(arguments: [String], expected: String) throws {
        let run = try CLI.run(["calendar"] + arguments)
        #expect(run.status == 0)
        #expect(run.stdout == expected)
        #expect(run.stderr.isEmpty)
    }

    @Test(arguments: [
        (["add", "2027-12-27", "10"], "2028"), (["between", "2023-12-25", "2024-01-10"], "2023"), (["2030"], "2030"),
    ])
    func aYearNotCoveredIsAnErrorNamingIt(arguments: [String], year: String) throws {
        let run = try CLI.run(["calendar"] + arguments + ["--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("needs the calendar of \(year)"))
    }

    @Test(arguments: [["add", "2026-02-30", "1"], ["add", "2026-09-01", "-1"], ["between", "2026-09-15", "2026-09-01"],
                      ["2026", "--format", "pdf"]])
    func wrongArgumentsAreUsageErrors(arguments: [String]) throws {
        let run = try CLI.run(["calendar"] + arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }
}
