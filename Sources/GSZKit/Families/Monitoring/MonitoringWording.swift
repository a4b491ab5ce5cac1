/// The sentences of the monitoring rules, in every language: what was found and what to do.
enum MonitoringWording {
    private static let visitNouns = NounForms(ru: ("посещение", "посещения", "посещений"), kk: "бару", en: ("visit", "visits"))

    private static func visits(_ count: Int, _ language: Language) -> String {
        "\(count) \(visitNouns.form(for: Double(count), in: language))"
    }

    private static func halfName(_ half: Int, _ year: Int) -> (ru: String, kk: String, en: String) {
        half == 1 ? ("первое полугодие \(year) года", "\(year) жылдың бірінші жартыжылдығы", "the first half of \(year)")
                  : ("второе полугодие \(year) года", "\(year) жылдың екінші жартыжылдығы", "the second half of \(year)")
    }

    static func visited(project: String, quarter: String, visits dates: [CalendarDate]) -> LocalizedText {
        let list = dates.map(\.description).joined(separator: ", ")
        return LocalizedText(
            ru: "проект \(project), \(quarter): \(visits(dates.count, .ru)) (\(list))",
            kk: "\(project) жобасы, \(quarter): \(visits(dates.count, .kk)) (\(list))",
            en: "project \(project), \(quarter): \(visits(dates.count, .en)) (\(list))")
    }

    static func notVisited(project: String, quarter: String, window: DateSpan, visits found: Int, required: Int) -> LocalizedText {
        LocalizedText(
            ru: "проект \(project), \(quarter): \(visits(found, .ru)) с \(window.from) по \(window.to), а посещений за квартал нужно не менее \(required): проведите и внесите мониторинг за этот квартал",
            kk: "\(project) жобасы, \(quarter): \(window.from) – \(window.to) аралығында \(visits(found, .kk)), ал тоқсанына кемінде \(visits(required, .kk)) керек: осы тоқсанның мониторингін жүргізіп, енгізіңіз",
            en: "project \(project), \(quarter): \(visits(found, .en)) from \(window.from) to \(window.to), but monitoring needs at least \(visits(required, .en)) a quarter: carry it out and log it for this quarter")
    }

    static func noReport(half: Int, year: Int, due: CalendarDate) -> LocalizedText {
        let name = halfName(half, year)
        return LocalizedText(
            ru: "нет отчёта по мониторингу за \(name.ru): его представляют в уполномоченный орган до \(due)",
            kk: "\(name.kk) бойынша мониторинг есебі жоқ: ол уәкілетті органға \(due) дейін ұсынылады",
            en: "no monitoring report on \(name.en): it is due to the authorized body by \(due)")
    }

    static func noSubmission(half: Int, year: Int, due: CalendarDate) -> LocalizedText {
        let name = halfName(half, year), field = (ru: Wording.quote("submitted", .ru), kk: Wording.quote("submitted", .kk),
                                                  en: Wording.quote("submitted", .en))
        return LocalizedText(
            ru: "отчёт за \(name.ru) указан без даты: укажите \(field.ru) — срок \(due)",
            kk: "\(name.kk) есебі күнсіз көрсетілген: \(field.kk) көрсетіңіз — мерзімі \(due)",
            en: "the report on \(name.en) has no date: give \(field.en); it was due by \(due)")
    }

    static func reportInTime(half: Int, year: Int, submitted: CalendarDate, due: CalendarDate) -> LocalizedText {
        let name = halfName(half, year)
        return LocalizedText(
            ru: "отчёт за \(name.ru) представлен \(submitted), в срок (до \(due))",
            kk: "\(name.kk) есебі \(submitted) күні, мерзімінде (\(due) дейін) ұсынылды",
            en: "the report on \(name.en) was submitted on \(submitted), in time (due by \(due))")
    }

    static func reportLate(half: Int, year: Int, submitted: CalendarDate, late: Int, due: CalendarDate) -> LocalizedText {
        let name = halfName(half, year)
        let days = NounForms(ru: ("день", "дня", "дней"), kk: "күн", en: ("day", "days"))
        let span = (ru: "\(late) \(days.form(for: Double(late), in: .ru))", kk: "\(late) \(days.form(for: Double(late), in: .kk))",
                    en: "\(late) \(days.form(for: Double(late), in: .en))")
        return LocalizedText(
            ru: "отчёт за \(name.ru) представлен \(submitted), с опозданием на \(span.ru): срок — до \(due)",
            kk: "\(name.kk) есебі \(submitted) күні, \(span.kk) кешігіп ұсынылды: мерзімі — \(due) дейін",
            en: "the report on \(name.en) was submitted on \(submitted), \(span.en) late: it was due by \(due)")
    }
}
