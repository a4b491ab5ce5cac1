/// The comments of the competition template and the descriptions of its schema, in Russian.
extension RussianCatalogue {
    func competitionFileWord(_ word: CompetitionFileWord) -> String {
        switch word {
        case .templateHeading: "Грантовый конкурс: замените примерные значения своими и проверьте: gsz check конкурс.yaml"
        case .budgetApproved: "утверждён бюджет"
        case .planDeadline: "План грантов: в течение 20 рабочих дней"
        case .deadlineComment: "окончание приёма: дата и время (Астана)"
        case .expertsDeadline: "в течение 3 рабочих дней после окончания приёма"
        case .evaluationLimit: "не более 15 рабочих дней"
        case .commissionComposition: "Комиссия: до 15 человек; председатель, заместитель, члены (нечётное число) и секретарь;"
        case .commissionProposers: "не более 30% членов предложены оператором; работники оператора — не члены (секретарь может быть)."
        case .languagesAllowed: "казахский и (или) русский"
        case .scoreRanges: "баллы: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5"
        case .published: "опубликовано"
        case .deadline: "окончание приёма заявок: ГГГГ-ММ-ДД ЧЧ:ММ (время Астаны)"
        case .documents: "перечень необходимых документов"
        case .projectTerms: "сроки реализации проектов"
        case .operatorName: "оператор"
        case .planApproved: "утверждён План грантов"
        case .expertsNotified: "экспертам отправлены список заявителей и форма о конфликте интересов"
        case .evaluation: "оценка заявок комиссией"
        case .operatorStaff: "работник оператора"
        case .conflicts: "заявки с конфликтом интересов"
        case .languages: "языки заявки (kk, ru)"
        case .inNGODatabase: "НПО в Базе данных НПО"
        case .admitted: "допущена оператором"
        case .title: "Грантовый конкурс"
        }
    }
}
