/// The sentences of the monitoring rules, in Kazakh.
extension KazakhCatalogue {
    func monitoringSentence(_ sentence: MonitoringSentence) -> String {
        let visits = { (count: Int) in MonitoringSentence.visits(count, in: .kk) }
        return switch sentence {
        case .visited(let project, let quarter, let dates):
            "\(project) жобасы, \(quarter): \(visits(dates.count)) (\(dates.map(\.description).joined(separator: ", ")))"
        case .notVisited(let project, let quarter, let window, let found, let required):
            "\(project) жобасы, \(quarter): \(window.from) – \(window.to) аралығында \(visits(found)), ал тоқсанына кемінде \(visits(required)) керек: осы тоқсанның мониторингін жүргізіп, енгізіңіз"
        case .noReport(let half, let year, let due):
            "\(halfName(half, year)) бойынша мониторинг есебі жоқ: ол уәкілетті органға \(due) дейін ұсынылады"
        case .noSubmission(let half, let year, let due):
            "\(halfName(half, year)) есебі күнсіз көрсетілген: \(Wording.quote("submitted", .kk)) көрсетіңіз — мерзімі \(due)"
        case .reportInTime(let half, let year, let submitted, let due):
            "\(halfName(half, year)) есебі \(submitted) күні, мерзімінде (\(due) дейін) ұсынылды"
        case .reportLate(let half, let year, let submitted, let late, let due):
            "\(halfName(half, year)) есебі \(submitted) күні, \(MonitoringSentence.days(late, in: .kk)) кешігіп ұсынылды: мерзімі — \(due) дейін"
        }
    }

    private func halfName(_ half: Int, _ year: Int) -> String {
        half == 1 ? "\(year) жылдың бірінші жартыжылдығы" : "\(year) жылдың екінші жартыжылдығы"
    }
}
