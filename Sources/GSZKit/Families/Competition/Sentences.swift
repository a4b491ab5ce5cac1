/// The sentences competition findings and outcomes carry, in each language: what the
/// finding means and, when a rule is not met, what it would take.
enum Sentences {
    static func say(_ ru: String, _ kk: String, _ en: String) -> LocalizedText {
        LocalizedText(ru: ru, kk: kk, en: en)
    }

    static let workingDays = NounForms(ru: ("рабочий день", "рабочих дня", "рабочих дней"), kk: "жұмыс күні",
                                       en: ("working day", "working days"))
    /// After «в течение», «не более»: 1 рабочего дня, 3 рабочих дней.
    static let workingDaysGenitive = NounForms(ru: ("рабочего дня", "рабочих дней", "рабочих дней"), kk: "жұмыс күні",
                                               en: ("working day", "working days"))
    /// After «на … больше»: на 1 человека, на 5 человек.
    static let peopleAccusative = NounForms(ru: ("человека", "человека", "человек"), kk: "адам", en: ("person", "people"))
    static let people = NounForms(ru: ("человек", "человека", "человек"), kk: "адам", en: ("person", "people"))
    static let members = NounForms(ru: ("член", "члена", "членов"), kk: "мүше", en: ("member", "members"))
    static let applicationsNoun = NounForms(ru: ("заявка", "заявки", "заявок"), kk: "өтінім", en: ("application", "applications"))

    /// `count` and its noun in each language: "3 рабочих дня", "3 жұмыс күні", "3 working days".
    static func count(_ count: Int, _ noun: NounForms) -> (ru: String, kk: String, en: String) {
        let value = Double(count)
        return ("\(count) \(noun.form(for: value, in: .ru))", "\(count) \(noun.form(for: value, in: .kk))",
                "\(count) \(noun.form(for: value, in: .en))")
    }

    static func number(_ value: Double) -> (ru: String, kk: String, en: String) {
        (Wording.number(value, .ru), Wording.number(value, .kk), Wording.number(value, .en))
    }

    /// Names quoted and joined in each language.
    static func names(_ items: [String]) -> (ru: String, kk: String, en: String) {
        (Wording.list(items, .ru), Wording.list(items, .kk), Wording.list(items, .en))
    }

    // MARK: Deadlines

    static func planMissing(days: Int) -> LocalizedText {
        let n = count(days, workingDays)
        return say("дата утверждения бюджета или Плана не указана: укажите budget_approved и plan_approved, чтобы проверить срок (\(n.ru))",
                   "бюджет немесе Жоспар бекітілген күн көрсетілмеген: мерзімді (\(n.kk)) тексеру үшін budget_approved пен plan_approved көрсетіңіз",
                   "the budget's or the Plan's approval date is not given: give budget_approved and plan_approved to check the \(n.en)")
    }

    static func planInTime(actual: CalendarDate, due: CalendarDate, days: Int) -> LocalizedText {
        let n = count(days, workingDays)
        return say("План утверждён \(actual), в срок: не позднее \(due) (\(n.ru) после бюджета)",
                   "Жоспар \(actual) бекітілген, мерзімінде: \(due) дейін (бюджеттен кейін \(n.kk))",
                   "the Plan was approved on \(actual), in time: by \(due) (\(n.en) after the budget)")
    }

    static func planLate(actual: CalendarDate, due: CalendarDate, budget: CalendarDate, days: Int, late: Int) -> LocalizedText {
        let n = count(days, workingDays), l = count(late, workingDays), g = count(days, workingDaysGenitive)
        return say("План утверждён \(actual), на \(l.ru) позже срока: его нужно утвердить в течение \(g.ru) после бюджета (\(budget)), до \(due)",
                   "Жоспар \(actual) бекітілген, мерзімнен \(l.kk) кеш: оны бюджеттен (\(budget)) кейін \(n.kk) ішінде, \(due) дейін бекіту керек",
                   "the Plan was approved on \(actual), \(l.en) late: it must be approved within \(n.en) of the budget (\(budget)), by \(due)")
    }

    static func expertsMissing(days: Int) -> LocalizedText {
        let n = count(days, workingDays)
        return say("не указана дата окончания приёма заявок или уведомления экспертов: укажите announcement.deadline и experts_notified, чтобы проверить срок (\(n.ru))",
                   "өтінім қабылдау аяқталған немесе сарапшыларға хабарланған күн көрсетілмеген: мерзімді (\(n.kk)) тексеру үшін announcement.deadline мен experts_notified көрсетіңіз",
                   "the deadline or the day the experts were notified is not given: give announcement.deadline and experts_notified to check the \(n.en)")
    }

    static func expertsInTime(actual: CalendarDate, due: CalendarDate, days: Int) -> LocalizedText {
        let n = count(days, workingDays)
        return say("экспертам отправлены список заявителей и форма о конфликте интересов \(actual), в срок: не позднее \(due) (\(n.ru))",
                   "сарапшыларға өтініш берушілер тізімі мен мүдделер қақтығысы нысаны \(actual) жіберілген, мерзімінде: \(due) дейін (\(n.kk))",
                   "the experts got the applicant list and the conflict-of-interest form on \(actual), in time: by \(due) (\(n.en))")
    }

    static func expertsLate(actual: CalendarDate, due: CalendarDate, closing: CalendarDate, days: Int, late: Int) -> LocalizedText {
        let n = count(days, workingDays), l = count(late, workingDays), g = count(days, workingDaysGenitive)
        return say("экспертов уведомили \(actual), на \(l.ru) позже срока: список заявителей и форму о конфликте интересов нужно отправить в течение \(g.ru) после окончания приёма заявок (\(closing)), до \(due)",
                   "сарапшыларға \(actual) хабарланған, мерзімнен \(l.kk) кеш: тізім мен мүдделер қақтығысы нысанын өтінім қабылдау аяқталғаннан (\(closing)) кейін \(n.kk) ішінде, \(due) дейін жіберу керек",
                   "the experts were notified on \(actual), \(l.en) late: the applicant list and the conflict-of-interest form must go out within \(n.en) of the deadline (\(closing)), by \(due)")
    }

    static func evaluationMissing(limit: Int) -> LocalizedText {
        let n = count(limit, workingDays), g = count(limit, workingDaysGenitive)
        return say("сроки оценки заявок не указаны: укажите evaluation {from, to}, чтобы проверить, что оценка заняла не более \(g.ru)",
                   "өтінімдерді бағалау мерзімі көрсетілмеген: бағалау \(n.kk) аспағанын тексеру үшін evaluation {from, to} көрсетіңіз",
                   "the evaluation's dates are not given: give evaluation {from, to} to check it took at most \(n.en)")
    }

    static func evaluation(days: Int, limit: Int, span: DateSpan) -> LocalizedText {
        let d = count(days, workingDays), n = count(limit, workingDays), g = count(limit, workingDaysGenitive)
        if days <= limit {
            return say("оценка заявок заняла \(d.ru) (\(span.from) – \(span.to)): не более \(g.ru)",
                       "өтінімдерді бағалау \(d.kk) алды (\(span.from) – \(span.to)): \(n.kk) аспайды",
                       "the evaluation took \(d.en) (\(span.from) to \(span.to)): at most \(n.en)")
        }
        let over = count(days - limit, workingDays)
        return say("оценка заявок заняла \(d.ru) (\(span.from) – \(span.to)), на \(over.ru) больше допустимого: комиссия должна оценить заявки за \(n.ru)",
                   "өтінімдерді бағалау \(d.kk) алды (\(span.from) – \(span.to)), рұқсат етілгеннен \(over.kk) артық: комиссия өтінімдерді \(n.kk) ішінде бағалауы керек",
                   "the evaluation took \(d.en) (\(span.from) to \(span.to)), \(over.en) too many: the commission must score the applications within \(n.en)")
    }

    // MARK: Announcement

    static let noAnnouncement = say(
        "объявление о конкурсе не описано: укажите announcement с датой и временем окончания приёма заявок, перечнем документов и сроками проектов",
        "конкурс туралы хабарландыру сипатталмаған: өтінім қабылдаудың аяқталу күні мен уақыты, құжаттар тізбесі және жобалар мерзімі бар announcement көрсетіңіз",
        "the announcement is not described: give announcement with the deadline's date and time, the list of documents and the project terms")

    static func announcement(lacking: [AnnouncementPart]) -> LocalizedText {
        guard !lacking.isEmpty else {
            return say("объявление содержит дату и время окончания приёма заявок, перечень документов и сроки проектов",
                       "хабарландыруда өтінім қабылдаудың аяқталу күні мен уақыты, құжаттар тізбесі және жобалар мерзімі бар",
                       "the announcement gives the deadline with its time, the documents required and the project terms")
        }
        let parts = lacking.map { part -> (String, String, String) in
            switch part {
            case .deadline: ("дата и время окончания приёма заявок", "өтінім қабылдаудың аяқталу күні мен уақыты", "the deadline (date and time)")
            case .deadlineTime: ("время окончания приёма заявок (указана только дата)", "өтінім қабылдаудың аяқталу уақыты (тек күні көрсетілген)", "the deadline's time (only its date is given)")
            case .documents: ("перечень необходимых документов", "қажетті құжаттар тізбесі", "the list of documents required")
            case .projectTerms: ("сроки реализации проектов", "жобаларды іске асыру мерзімі", "the project terms")
            }
        }
        return say("в объявлении нет: " + parts.map(\.0).joined(separator: "; ") + " — объявление обязано их содержать",
                   "хабарландыруда жоқ: " + parts.map(\.1).joined(separator: "; ") + " — хабарландыруда олар болуы міндетті",
                   "the announcement lacks " + parts.map(\.2).joined(separator: "; ") + ": it must give them")
    }
}
