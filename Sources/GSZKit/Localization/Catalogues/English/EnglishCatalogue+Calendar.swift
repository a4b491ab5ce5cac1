/// The words of `gsz calendar` and of the `--require` mark, in English.
extension EnglishCatalogue {
    func calendarWord(_ word: CalendarWord) -> String {
        switch word {
        case .provisional: "provisional"
        case .sources: "Sources"
        case .date: "Date"
        case .weekday: "Weekday"
        case .day: "Day"
        case .why: "Why"
        case .dayOff: "day off"
        case .working: "working"
        }
    }

    func calendarSentence(_ sentence: CalendarSentence) -> String {
        switch sentence {
        case .heading(let year, let mark, let counts):
            "Working-day calendar of Kazakhstan, \(year)\(mark): \(counts)"
        case .provisionalNote(let years):
            "the calendar of \(years) is provisional: holiday dates and transfers may change"
        case .holidayMoved(let name, let weekday, let movedTo):
            "\(name) (\(weekday)): the day off moves to \(movedTo)"
        case .holidayNotMoved(let name):
            "\(name): not moved off a weekend (Labour Code art. 84 p. 5)"
        case .substitute(let date, let name):
            "day off moved from \(date) (\(name), art. 5 of the holidays law)"
        case .transferredOff(let worked, let order):
            "day off by transfer from \(worked): \(order)"
        case .transferredWorking(let off, let order):
            "working day by transfer, the day off is \(off): \(order)"
        }
    }

    func passWord(_ word: PassWord) -> String {
        switch word {
        case .passes: "passes"
        case .fails: "fails"
        case .required: "required"
        }
    }

    func passCounts(passing: Int, failing: Int) -> String {
        "\(passing) \(passing == 1 ? "passes" : "pass"), \(failing) \(failing == 1 ? "fails" : "fail")"
    }

    func weekday(_ day: Weekday) -> String {
        switch day {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }
}
