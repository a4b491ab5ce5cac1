import ArgumentParser
import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// `--body` and `--date`: who issues a summary and when, for the page to be filed.
struct FilingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The state body issuing the summary, shown at the top and on every printed page.",
                                            valueName: "name"))
    var body: String?

    @Option(name: .long, help: ArgumentHelp("The summary's date, YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    func validate() throws {
        guard let date else { return }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard date.count == 10, parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              CalendarDate(year: year, month: month, day: day) != nil else {
            throw ValidationError("--date takes a date YYYY-MM-DD, not '\(date)'")
        }
    }

    /// What the summary says of itself.
    var filing: SummaryFiling { SummaryFiling(body: body, date: date ?? Self.today) }

    /// Today's date in the local time zone.
    static var today: String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let (year, month, day) = (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        return "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }
}
