/// The words of a competition's page in Kazakh.
extension KazakhCatalogue {
    func competitionWord(_ word: CompetitionWord) -> String {
        switch word {
        case .operatorLabel: "Оператор"
        case .commission: "Конкурстық комиссия"
        case .name: "Аты-жөні"
        case .role: "Рөлі"
        case .proposedBy: "Кім ұсынды"
        case .staff: "Оператор қызметкері"
        case .application: "Өтінім"
        case .score: "Балл"
        case .broken: "Ережелерді бұзу"
        case .chair: "төраға"
        case .deputyChair: "төраға орынбасары"
        case .member: "комиссия мүшесі"
        case .secretary: "хатшы"
        case .byOperator: "оператор"
        case .byNGO: "ҮЕҰ"
        case .yes: "иә"
        case .no: "жоқ"
        case .held: "өтті"
        }
    }

    func competitionFailed(ground: String) -> String { "өтпеді, \(ground)-негіз" }

    func commissionShares(_ s: CommissionShares) -> String {
        "Барлығы \(s.people) адам, хатшысыз мүшелер: \(s.members). Оператор ұсынған: \(s.operators) (\(s.operatorsPercent)%, \(s.limit)%-дан аспауы керек), ҮЕҰ: \(s.ngos) (\(s.ngosPercent)%)."
    }

    func ruleChecksMet(_ count: Int) -> String { "Ережелердің барлық \(count) тексеруі өтті." }
}
