/// The words of a competition's page in English.
extension EnglishCatalogue {
    func competitionWord(_ word: CompetitionWord) -> String {
        switch word {
        case .operatorLabel: "Operator"
        case .commission: "The competition commission"
        case .name: "Name"
        case .role: "Role"
        case .proposedBy: "Proposed by"
        case .staff: "Operator's employee"
        case .application: "Application"
        case .score: "Score"
        case .broken: "Rules broken"
        case .chair: "chair"
        case .deputyChair: "deputy chair"
        case .member: "member"
        case .secretary: "secretary"
        case .byOperator: "the operator"
        case .byNGO: "an NGO"
        case .yes: "yes"
        case .no: "no"
        case .held: "held"
        }
    }

    func competitionFailed(ground: String) -> String { "failed, ground \(ground)" }

    func commissionShares(_ s: CommissionShares) -> String {
        "\(s.people) people, \(s.members) members besides the secretary. Proposed by the operator: \(s.operators) (\(s.operatorsPercent)%, at most \(s.limit)%), by NGOs: \(s.ngos) (\(s.ngosPercent)%)."
    }

    func ruleChecksMet(_ count: Int) -> String { "All \(count) rule checks are met." }
}
