import GSZYAML

/// Applies the rules of contract §11 to a monitoring log that has no input errors. Neither
/// rule counts working days: a log of any year needs no calendar.
struct MonitoringJudge {
    let rules: MonitoringRules
    let path: String
    /// Visits outside their project's period: warnings, never counted.
    private(set) var warnings: [Diagnostic] = []

    init(rules: MonitoringRules, path: String) {
        self.rules = rules
        self.path = path
    }

    /// One `monitoring.quarterly` finding per project and judged quarter, then one
    /// `monitoring.report` finding per judged half-year.
    mutating func judge(_ log: MonitoringLog) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for project in log.projects {
            for visit in project.visits where visit.value < project.period.from || visit.value > project.period.to {
                warnings.append(.warning(.visitOutsidePeriod(project: project.id, date: "\(visit.value)",
                                                             from: "\(project.period.from)", to: "\(project.period.to)"),
                                         path: path, at: visit.location))
            }
            findings += quarters(of: project, asOf: log.asOf.value)
        }
        findings += halves(log)
        return findings
    }

    /// Calendar quarters the project's period overlaps that ended by `asOf`.
    private func quarters(of project: MonitoringLog.Project, asOf: CalendarDate) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        var quarter = Quarter(containing: project.period.from)
        while quarter.first <= project.period.to, quarter.last <= asOf {
            let window = DateSpan(from: max(quarter.first, project.period.from), to: min(quarter.last, project.period.to))
            let visits = project.visits.filter { $0.value >= window.from && $0.value <= window.to }
            let item = "\(project.id) \(quarter)"
            let met = visits.count >= rules.visitsPerQuarter
            findings.append(RuleFinding(
                rule: "monitoring.quarterly", level: met ? .meets : .noncompliant,
                message: met ? MonitoringSentence.visited(project: project.id, quarter: "\(quarter)", visits: visits.map(\.value)).text
                             : MonitoringSentence.notVisited(project: project.id, quarter: "\(quarter)", window: window,
                                                             visits: visits.count, required: rules.visitsPerQuarter).text,
                location: visits.first?.location ?? project.location, item: item,
                value: Double(visits.count), limit: Double(rules.visitsPerQuarter)))
            guard let next = quarter.next else { break }
            quarter = next
        }
        return findings
    }

    /// Half-years due by `as_of` in which some project ran, in date order. Each project's
    /// halves are walked only up to `as_of`'s year, so the work is bounded like the quarters'.
    private func halves(_ log: MonitoringLog) -> [RuleFinding] {
        var ran: Set<Int> = []  // year × 2 + half − 1
        for project in log.projects {
            // Up to the end of `as_of`'s year: a half is judged from its due day, which may come
            // before a project that runs in that half has started.
            guard let yearEnd = CalendarDate(year: log.asOf.value.year, month: 12, day: 31) else { continue }
            let from = project.period.from, to = min(project.period.to, yearEnd)
            guard from <= to else { continue }
            for index in (from.year * 2 + (from.month > 6 ? 1 : 0))...(to.year * 2 + (to.month > 6 ? 1 : 0)) {
                ran.insert(index)
            }
        }
        return ran.sorted().compactMap { index in
            let year = index / 2, half = index % 2 + 1
            guard let due = rules.due(half: half, year: year), due <= log.asOf.value else { return nil }
            return report(half: half, year: year, due: due, log)
        }
    }

    /// The most project quarters one log is judged on: a state body's year is a few thousand;
    /// a log built to exhaust the checker (terms of centuries, thousands of times) stops here.
    static let maxQuarters = 50_000

    /// The project at which the quarters to judge pass `maxQuarters`, if any.
    static func overBudget(_ log: MonitoringLog) -> MonitoringLog.Project? {
        var total = 0
        for project in log.projects {
            let last = min(project.period.to, log.asOf.value)
            guard project.period.from <= last else { continue }
            total += (last.year - project.period.from.year) * 4 + last.quarter - project.period.from.quarter + 1
            if total > maxQuarters { return project }
        }
        return nil
    }

    private func report(half: Int, year: Int, due: CalendarDate, _ log: MonitoringLog) -> RuleFinding {
        let item = "\(year)-H\(half)"
        let written = log.reports.filter { $0.half == half && $0.year == year }
        guard let first = written.first else {
            return RuleFinding(rule: "monitoring.report", level: .noncompliant,
                               message: MonitoringSentence.noReport(half: half, year: year, due: due).text,
                               location: log.location, item: item, due: due, isDeadline: true)
        }
        guard let submitted = written.compactMap(\.submitted).min(by: { $0.value < $1.value }) else {
            return RuleFinding(rule: "monitoring.report", level: .missing,
                               message: MonitoringSentence.noSubmission(half: half, year: year, due: due).text,
                               location: first.location, item: item, due: due, isDeadline: true)
        }
        let met = submitted.value <= due
        let late = submitted.value.dayNumber - due.dayNumber
        return RuleFinding(rule: "monitoring.report", level: met ? .meets : .noncompliant,
                           message: met ? MonitoringSentence.reportInTime(half: half, year: year, submitted: submitted.value, due: due).text
                                        : MonitoringSentence.reportLate(half: half, year: year, submitted: submitted.value,
                                                                        late: late, due: due).text,
                           location: submitted.location, item: item, due: due, actual: submitted.value)
    }

    /// January–June or July–December of `year`.
    static func span(half: Int, year: Int) -> DateSpan? {
        guard let from = CalendarDate(year: year, month: half == 1 ? 1 : 7, day: 1),
              let to = CalendarDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31) else { return nil }
        return DateSpan(from: from, to: to)
    }
}

/// A calendar quarter, written `2026-Q2`.
struct Quarter: CustomStringConvertible {
    let year: Int
    let number: Int

    init(containing date: CalendarDate) {
        year = date.year
        number = date.quarter
    }

    private init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// Its first day.
    var first: CalendarDate { CalendarDate(year: year, month: number * 3 - 2, day: 1)! }  // months 1, 4, 7, 10 exist
    /// Its last day.
    var last: CalendarDate { CalendarDate(year: year, month: number * 3, day: number == 1 || number == 4 ? 31 : 30)! }  // 31 March, 30 June, 30 September, 31 December
    /// The quarter after, unless past year 9999.
    var next: Quarter? {
        number < 4 ? Quarter(year: year, number: number + 1) : (year < 9999 ? Quarter(year: year + 1, number: 1) : nil)
    }

    var description: String { "\(year)-Q\(number)" }
}
