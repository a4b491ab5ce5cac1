/// A sentence of the monitoring rules, with its values: what was found and what to do; each
/// catalogue words it.
enum MonitoringSentence: Sendable {
    /// The project was visited on `visits` in `quarter`, as often as required.
    case visited(project: String, quarter: String, visits: [CalendarDate])
    /// The project had `visits` visits in `window`, fewer than the `required` a quarter.
    case notVisited(project: String, quarter: String, window: DateSpan, visits: Int, required: Int)
    /// No report on half `half` of `year`, due by `due`.
    case noReport(half: Int, year: Int, due: CalendarDate)
    /// The report on half `half` of `year` has no day it was submitted.
    case noSubmission(half: Int, year: Int, due: CalendarDate)
    /// The report on half `half` of `year` was submitted by `due`.
    case reportInTime(half: Int, year: Int, submitted: CalendarDate, due: CalendarDate)
    /// The report on half `half` of `year` was submitted `late` days after `due`.
    case reportLate(half: Int, year: Int, submitted: CalendarDate, late: Int, due: CalendarDate)

    /// The sentence in every language, as a finding carries it.
    var text: LocalizedText {
        LocalizedText(wording: { $0.catalogue.monitoringSentence(self) })
    }

    /// "3 посещения", "1 visit".
    static func visits(_ count: Int, in language: Language) -> String {
        CountedNoun.visit.counted(count, in: language)
    }

    /// "5 дней", "1 day": how late a report came, in calendar days.
    static func days(_ count: Int, in language: Language) -> String {
        CountedNoun.day.counted(count, in: language)
    }
}
