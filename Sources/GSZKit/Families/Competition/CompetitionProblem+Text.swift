extension CompetitionProblem {
    /// The problem in `language`.
    func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .ru: russian
        case .kk: kazakh
        }
    }

    private var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        switch self {
        case .malformedDateTime(let field, let text):
            return "\(q(field)) must be a date and time written YYYY-MM-DD HH:MM, not \(q(text))"
        case .unknownReference(let field, let what, let id, let suggestion):
            let hint = suggestion.map { "; did you mean \(q($0))?" } ?? ""
            return "\(q(field)): no \(what.english) \(q(id)) in this competition\(hint)"
        case .noTopics: return "'competition.topics' must list at least one topic"
        case .tieForFirst(let topic, let applications, let score, let named):
            return "topic \(q(topic)): \(Wording.list(applications, .en)) tie for first with \(Wording.number(score, .en)); "
                + "\(q(named)), first in the file, is named, but the commission must decide"
        }
    }

    private var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        switch self {
        case .malformedDateTime(let field, let text):
            return "поле \(q(field)) должно содержать дату и время вида ГГГГ-ММ-ДД ЧЧ:ММ, а не \(q(text))"
        case .unknownReference(let field, let what, let id, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду \(q($0))?" } ?? ""
            return "поле \(q(field)): в конкурсе нет \(what.russianGenitive) \(q(id))\(hint)"
        case .noTopics: return "в «competition.topics» должна быть хотя бы одна тема"
        case .tieForFirst(let topic, let applications, let score, let named):
            return "тема \(q(topic)): у заявок \(Wording.list(applications, .ru)) поровну баллов за первое место "
                + "(\(Wording.number(score, .ru))); названа первая в файле, \(q(named)), но решение за комиссией"
        }
    }

    private var kazakh: String {
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
    var english: String {
        switch self {
        case .topic: "topic"
        case .member: "commission member"
        case .application: "application"
        }
    }

    var russianGenitive: String {
        switch self {
        case .topic: "темы"
        case .member: "члена комиссии"
        case .application: "заявки"
        }
    }

    var russianNominative: String {
        switch self {
        case .topic: "тема"
        case .member: "член комиссии"
        case .application: "заявка"
        }
    }

    var kazakh: String {
        switch self {
        case .topic: "тақырыбы"
        case .member: "комиссия мүшесі"
        case .application: "өтінімі"
        }
    }
}
