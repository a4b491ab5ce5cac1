/// The sentences of the monitoring rules, in English.
extension EnglishCatalogue {
    func monitoringSentence(_ sentence: MonitoringSentence) -> String {
        let visits = { (count: Int) in MonitoringSentence.visits(count, in: .en) }
        return switch sentence {
        case .visited(let project, let quarter, let dates):
            "project \(project), \(quarter): \(visits(dates.count)) (\(dates.map(\.description).joined(separator: ", ")))"
        case .notVisited(let project, let quarter, let window, let found, let required):
            "project \(project), \(quarter): \(visits(found)) from \(window.from) to \(window.to), but monitoring needs at least \(visits(required)) a quarter: carry it out and log it for this quarter"
        case .noReport(let half, let year, let due):
            "no monitoring report on \(halfName(half, year)): it is due to the authorized body by \(due)"
        case .noSubmission(let half, let year, let due):
            "the report on \(halfName(half, year)) has no date: give \(Wording.quote("submitted", .en)); it was due by \(due)"
        case .reportInTime(let half, let year, let submitted, let due):
            "the report on \(halfName(half, year)) was submitted on \(submitted), in time (due by \(due))"
        case .reportLate(let half, let year, let submitted, let late, let due):
            "the report on \(halfName(half, year)) was submitted on \(submitted), \(MonitoringSentence.days(late, in: .en)) late: it was due by \(due)"
        }
    }

    private func halfName(_ half: Int, _ year: Int) -> String {
        half == 1 ? "the first half of \(year)" : "the second half of \(year)"
    }
}
