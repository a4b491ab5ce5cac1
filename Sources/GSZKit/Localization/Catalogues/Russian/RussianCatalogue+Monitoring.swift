/// The sentences of the monitoring rules, in Russian.
extension RussianCatalogue {
    func monitoringSentence(_ sentence: MonitoringSentence) -> String {
        let visits = { (count: Int) in MonitoringSentence.visits(count, in: .ru) }
        return switch sentence {
        case .visited(let project, let quarter, let dates):
            "проект \(project), \(quarter): \(visits(dates.count)) (\(dates.map(\.description).joined(separator: ", ")))"
        case .notVisited(let project, let quarter, let window, let found, let required):
            "проект \(project), \(quarter): \(visits(found)) с \(window.from) по \(window.to), а посещений за квартал нужно не менее \(required): проведите и внесите мониторинг за этот квартал"
        case .noReport(let half, let year, let due):
            "нет отчёта по мониторингу за \(halfName(half, year)): его представляют в уполномоченный орган до \(due)"
        case .noSubmission(let half, let year, let due):
            "отчёт за \(halfName(half, year)) указан без даты: укажите \(Wording.quote("submitted", .ru)) — срок \(due)"
        case .reportInTime(let half, let year, let submitted, let due):
            "отчёт за \(halfName(half, year)) представлен \(submitted), в срок (до \(due))"
        case .reportLate(let half, let year, let submitted, let late, let due):
            "отчёт за \(halfName(half, year)) представлен \(submitted), с опозданием на \(MonitoringSentence.days(late, in: .ru)): срок — до \(due)"
        }
    }

    private func halfName(_ half: Int, _ year: Int) -> String {
        half == 1 ? "первое полугодие \(year) года" : "второе полугодие \(year) года"
    }
}
