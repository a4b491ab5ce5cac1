/// The words of `gsz calendar` and of the `--require` mark, in Russian.
extension RussianCatalogue {
    func calendarWord(_ word: CalendarWord) -> String {
        switch word {
        case .provisional: "предварительный"
        case .sources: "Источники"
        case .date: "Дата"
        case .weekday: "День недели"
        case .day: "День"
        case .why: "Причина"
        case .dayOff: "выходной"
        case .working: "рабочий"
        }
    }

    func calendarSentence(_ sentence: CalendarSentence) -> String {
        switch sentence {
        case .heading(let year, let mark, let counts):
            "Производственный календарь Казахстана на \(year) год\(mark): \(counts)"
        case .provisionalNote(let years):
            "календарь на \(years) год предварительный: даты праздников и переносы могут измениться"
        case .holidayMoved(let name, let weekday, let movedTo):
            "\(name) (\(weekday)): выходной переносится на \(movedTo)"
        case .holidayNotMoved(let name):
            "\(name): в выходной не переносится (ст. 84 п. 5 Трудового кодекса)"
        case .substitute(let date, let name):
            "перенесённый выходной за \(date) (\(name), ст. 5 Закона о праздниках)"
        case .transferredOff(let worked, let order):
            "выходной по переносу с \(worked): \(order)"
        case .transferredWorking(let off, let order):
            "рабочий день по переносу, выходной \(off): \(order)"
        }
    }

    func passWord(_ word: PassWord) -> String {
        switch word {
        case .passes: "проходит"
        case .fails: "не проходит"
        case .required: "требуется"
        }
    }

    func passCounts(passing: Int, failing: Int) -> String {
        "проходят: \(passing), не проходят: \(failing)"
    }

    func weekday(_ day: Weekday) -> String {
        switch day {
        case .monday: "пн"
        case .tuesday: "вт"
        case .wednesday: "ср"
        case .thursday: "чт"
        case .friday: "пт"
        case .saturday: "сб"
        case .sunday: "вс"
        }
    }
}
