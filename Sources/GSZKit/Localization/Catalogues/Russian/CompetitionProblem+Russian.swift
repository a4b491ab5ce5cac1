/// What is wrong with a competition's file, in Russian.
extension CompetitionProblem {
    var russian: String {
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
}

extension CompetitionItem {
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
}
