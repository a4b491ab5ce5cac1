/// What is wrong with a competition's file, in Kazakh.
extension CompetitionProblem {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        switch self {
        case .malformedDateTime(let field, let text):
            return "\(q(field)) өрісі ЖЖЖЖ-АА-КК СС:ММ түріндегі күн мен уақыт болуы керек, \(q(text)) емес"
        case .unknownReference(let field, let what, let id, let suggestion):
            let hint = suggestion.map { "; мүмкін, \(q($0)) болар?" } ?? ""
            return "\(q(field)) өрісі: конкурста \(q(id)) \(what.kazakh) жоқ\(hint)"
        case .noTopics: return "«competition.topics» кемінде бір тақырыпты қамтуы керек"
        case .tieForFirst(let topic, let applications, let score, let named):
            return "\(q(topic)) тақырыбы: \(Wording.list(applications, .kk)) өтінімдері бірінші орынға тең балл жинады "
                + "(\(Wording.number(score, .kk))); файлда бірінші тұрған \(q(named)) аталды, бірақ шешімді комиссия қабылдайды"
        }
    }
}

extension CompetitionItem {
    var kazakh: String {
        switch self {
        case .topic: "тақырыбы"
        case .member: "комиссия мүшесі"
        case .application: "өтінімі"
        }
    }
}
