/// The words of a competition's page in Russian.
extension RussianCatalogue {
    func competitionWord(_ word: CompetitionWord) -> String {
        switch word {
        case .operatorLabel: "Оператор"
        case .commission: "Конкурсная комиссия"
        case .name: "ФИО"
        case .role: "Роль"
        case .proposedBy: "Кем предложен"
        case .staff: "Работник оператора"
        case .application: "Заявка"
        case .score: "Балл"
        case .broken: "Нарушения правил"
        case .chair: "председатель"
        case .deputyChair: "заместитель председателя"
        case .member: "член комиссии"
        case .secretary: "секретарь"
        case .byOperator: "оператор"
        case .byNGO: "НПО"
        case .yes: "да"
        case .no: "нет"
        case .held: "состоялся"
        }
    }

    func competitionFailed(ground: String) -> String { "не состоялся, основание \(ground)" }

    func commissionShares(_ s: CommissionShares) -> String {
        "Всего \(s.people) чел., членов без секретаря: \(s.members). Предложены оператором: \(s.operators) (\(s.operatorsPercent)%, допустимо не более \(s.limit)%), НПО: \(s.ngos) (\(s.ngosPercent)%)."
    }

    func ruleChecksMet(_ count: Int) -> String { "Все \(count) проверок правил пройдены." }
}
