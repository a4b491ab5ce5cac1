/// How `gsz calendar YEAR` writes a year: for people at a terminal, for a document, or for programs.
public enum CalendarFormat: String, CaseIterable, Sendable {
    /// Aligned lines for a terminal.
    case text
    /// A Markdown table, for documents.
    case markdown
    /// One JSON object with every day off and why, names in every language.
    case json

    /// Every special day of `year` in `calendar` and why, with the year's totals. Pure.
    public func render(_ calendar: WorkingCalendar, year: Int, language: Language) throws(UncoveredYear) -> String {
        let days = try calendar.specialDays(of: year)
        let working = try calendar.workingDays(in: year)
        let total = CalendarDate.isLeap(year) ? 366 : 365
        let declared = calendar.year(year)
        let provisional = declared?.provisional ?? false
        let heading = CalendarWording.heading(year: year, working: working, off: total - working,
                                              provisional: provisional, in: language)
        switch self {
        case .text:
            var lines = [heading, ""]
            for day in days {
                let status = CalendarWording.status(dayOff: day.isDayOff, in: language)
                let padded = status + String(repeating: " ", count: max(0, 10 - status.count))
                lines.append("\(day.date) \(day.date.weekday.short(in: language))  \(padded)  \(CalendarWording.why(day, in: language))")
            }
            lines += ["", CalendarWording.sources(in: language) + ":"] + (declared?.sources ?? []).map { "  - " + $0 }
            return lines.joined(separator: "\n") + "\n"
        case .markdown:
            let columns = CalendarWording.columns(in: language)
            var lines = ["## " + heading, "", "| " + columns.joined(separator: " | ") + " |", "|---|---|---|---|"]
            for day in days {
                let cells = ["\(day.date)", day.date.weekday.short(in: language),
                             CalendarWording.status(dayOff: day.isDayOff, in: language), CalendarWording.why(day, in: language)]
                lines.append("| " + cells.map(MarkdownFormat.escape).joined(separator: " | ") + " |")
            }
            lines += ["", CalendarWording.sources(in: language) + ":", ""] + (declared?.sources ?? []).map { "- " + $0 }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            return JSONValue.object([
                "year": .integer(year), "provisional": .bool(provisional),
                "working_days": .integer(working), "days_off": .integer(total - working),
                "sources": .array((declared?.sources ?? []).map(JSONValue.string)),
                "days": .array(days.map(Self.json)),
            ]).rendered
        }
    }

    private static func json(_ day: CalendarDay) -> JSONValue {
        var reason = "holiday"
        var name: JSONValue?
        var related: (key: String, date: CalendarDate)?
        var order: String?
        switch day.reason {
        case .holiday(let holiday, let movedTo):
            name = .localized(holiday.name)
            related = movedTo.map { ("moved_to", $0) }
        case .substitute(let holiday):
            reason = "moved_holiday"
            name = .localized(holiday.name)
            related = ("holiday", holiday.date)
        case .transferredOff(let transfer):
            reason = "transfer"
            related = ("worked", transfer.worked)
            order = transfer.order
        case .transferredWorking(let transfer):
            reason = "transfer"
            related = ("off", transfer.off)
            order = transfer.order
        }
        var members: [JSONValue.Member] = [
            .init("date", .string("\(day.date)")), .init("weekday", .string(day.date.weekday.rawValue)),
            .init("day_off", .bool(day.isDayOff)), .init("reason", .string(reason)),
        ]
        if let name { members.append(.init("name", name)) }
        if let related { members.append(.init(related.key, .string("\(related.date)"))) }
        if let order { members.append(.init("order", .string(order))) }
        members.append(.init("why", .localized(LocalizedText(wording: { CalendarWording.why(day, in: $0) }))))
        return .object(members)
    }
}
