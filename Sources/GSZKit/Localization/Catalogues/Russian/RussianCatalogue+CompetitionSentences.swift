/// The sentences of a competition's findings and outcomes, in Russian.
extension RussianCatalogue {
    // Longer than 60 lines: one switch over the whole table, so that the compiler lists a
    // sentence left unworded; the lists inside sentences are worded by the functions below.
    func competitionSentence(_ sentence: CompetitionSentence) -> String {
        let days = { (count: Int) in self.counted(.workingDay, count) }
        switch sentence {
        case .planMissing(let limit):
            return "дата утверждения бюджета или Плана не указана: укажите budget_approved и plan_approved, чтобы проверить срок (\(days(limit)))"
        case .planInTime(let actual, let due, let limit):
            return "План утверждён \(actual), в срок: не позднее \(due) (\(days(limit)) после бюджета)"
        case .planLate(let actual, let due, let budget, let limit, let late):
            return "План утверждён \(actual), на \(days(late)) позже срока: его нужно утвердить в течение \(Self.workingDaysGenitive(limit)) после бюджета (\(budget)), до \(due)"
        case .expertsMissing(let limit):
            return "не указана дата окончания приёма заявок или уведомления экспертов: укажите announcement.deadline и experts_notified, чтобы проверить срок (\(days(limit)))"
        case .expertsInTime(let actual, let due, let limit):
            return "экспертам отправлены список заявителей и форма о конфликте интересов \(actual), в срок: не позднее \(due) (\(days(limit)))"
        case .expertsLate(let actual, let due, let closing, let limit, let late):
            return "экспертов уведомили \(actual), на \(days(late)) позже срока: список заявителей и форму о конфликте интересов нужно отправить в течение \(Self.workingDaysGenitive(limit)) после окончания приёма заявок (\(closing)), до \(due)"
        case .evaluationMissing(let limit):
            return "сроки оценки заявок не указаны: укажите evaluation {from, to}, чтобы проверить, что оценка заняла не более \(Self.workingDaysGenitive(limit))"
        case .evaluationInTime(let taken, let limit, let span):
            return "оценка заявок заняла \(days(taken)) (\(span.from) – \(span.to)): не более \(Self.workingDaysGenitive(limit))"
        case .evaluationTooLong(let taken, let limit, let span):
            return "оценка заявок заняла \(days(taken)) (\(span.from) – \(span.to)), на \(days(taken - limit)) больше допустимого: комиссия должна оценить заявки за \(days(limit))"
        case .noAnnouncement:
            return "объявление о конкурсе не описано: укажите announcement с датой и временем окончания приёма заявок, перечнем документов и сроками проектов"
        case .announcementComplete:
            return "объявление содержит дату и время окончания приёма заявок, перечень документов и сроки проектов"
        case .announcementLacks(let parts):
            return "в объявлении нет: " + parts.map(Self.part).joined(separator: "; ") + " — объявление обязано их содержать"
        case .scoresWrong(let item, let outside, let absent):
            let list = CompetitionSentence.wrongScores(outside, absent: absent, in: .ru)
            return "оценки «\(item)»: \(list) — каждый критерий оценивается целым баллом в своих пределах; строка не учитывается в итоговом балле"
        case .scoresWithin(let item, let total, let maximum):
            return "оценки «\(item)»: все в пределах, итого \(Wording.number(total, .ru)) из \(maximum)"
        case .scoreCounts(let name, let application):
            return "«\(name)» — член комиссии без конфликта интересов по заявке «\(application)»"
        case .scoreDoesNotCount(let name, let application, let problem):
            return Self.scoreDoesNotCount(name, application, problem)
        case .noApplication(let topic):
            return Self.failed(topic, 1) + "не подано ни одной заявки"
        case .oneApplication(let topic, let id):
            return Self.failed(topic, 2) + "подана только одна заявка, «\(id)»"
        case .oneAdmitted(let topic, let id, let applications):
            return Self.failed(topic, 3) + "из \(applications) заявок допущена только одна, «\(id)»"
        case .noneAdmitted(let topic, let applications):
            return Self.failed(topic, 4) + "ни одна из \(applications) заявок не допущена"
        case .noScores(let topic):
            return Self.failed(topic, 5) + "ни одна допущенная заявка не получила учитываемых оценок"
        case .lowScores(let topic, let percent, let maximum, let best, let score):
            return Self.failed(topic, 5) + "ни одна заявка не набрала более \(percent)% от \(maximum); лучшая, «\(best)», набрала \(Wording.number(score, .ru))"
        case .held(let winner, let score, let percent, let maximum, let tied):
            let held = "конкурс состоялся: победила заявка «\(winner)» с баллом \(Wording.number(score, .ru)) из \(maximum) (\(Wording.number(percent, .ru))%)"
            guard !tied.isEmpty else { return held }
            return held + "; заявки \(Wording.list(tied, .ru)) набрали поровну — названа первая в файле, решение за комиссией"
        case .refused(let id):
            return "заявка «\(id)» не допущена: отказ — решение оператора, правило соблюдено"
        case .admittedWrongly(let id, let problems):
            return "заявка «\(id)» допущена, хотя " + problems.map(Self.problem).joined(separator: "; ") + ": такую заявку нужно было отклонить"
        case .admissionUnknown(let id, let lacking):
            return "допуск заявки «\(id)» не проверить: укажите " + lacking.map(Self.input).joined(separator: ", ")
        case .admittedRightly(let id):
            return "заявка «\(id)» подана в срок, на казахском и (или) русском языке, заявителем из Базы данных НПО"
        case .commissionSize(let count, let limit):
            return "в комиссии \(counted(.person, count)) вместе с секретарём: не более \(counted(.person, limit))"
        case .commissionTooLarge(let count, let limit):
            // After «на … больше» the accusative: на 1 человека, на 5 человек.
            let more = Self.counted(count - limit, "человека", "человека", "человек")
            return "в комиссии \(counted(.person, count)) вместе с секретарём, на \(more) больше допустимого: не более \(counted(.person, limit))"
        case .membersOdd(let count):
            return "в комиссии \(counted(.member, count)) без секретаря — нечётное число"
        case .membersEven(let count):
            return "в комиссии \(counted(.member, count)) без секретаря — чётное число, голоса могут разделиться поровну: добавьте или выведите одного члена"
        case .rolesHeld:
            return "в комиссии один председатель, один заместитель и один секретарь"
        case .rolesWrong(let counts):
            let now = counts.map { "\(Self.roles($0.role)): \($0.count)" }.joined(separator: ", ")
            return "в комиссии должны быть ровно один председатель, один заместитель и один секретарь; сейчас \(now)"
        case .sharesHeld(let operators, let count, let allowed, let percent):
            return "оператор предложил \(operators) из \(count) членов комиссии: не более \(percent)% (\(allowed)), остальных — НПО"
        case .sharesOver(let operators, let count, let allowed, let percent):
            return "оператор предложил \(operators) из \(count) членов комиссии, а допустимо не более \(percent)% — \(allowed): замените \(operators - allowed) из них экспертами, предложенными НПО"
        case .sharesUnknown(let names):
            return "не указано, кем предложены \(Wording.list(names, .ru)): укажите proposed_by (operator или ngo)"
        case .staff(let names):
            return "\(Wording.list(names, .ru)) — работник(и) оператора и не может (могут) быть членом комиссии: замените или сделайте секретарём"
        case .staffUnknown(let names):
            return "не указано, работают ли у оператора \(Wording.list(names, .ru)): укажите operator_staff (true или false)"
        case .noStaff:
            return "среди членов комиссии нет работников оператора"
        case .noCommission:
            return "состав комиссии не указан: перечислите её членов и секретаря в commission"
        }
    }

    private static func failed(_ topic: String, _ ground: Int) -> String {
        "конкурс по теме «\(topic)» не состоялся (основание \(ground)): "
    }

    /// After «в течение», «не более» the genitive: 1 рабочего дня, 3 рабочих дней.
    private static func workingDaysGenitive(_ count: Int) -> String {
        counted(count, "рабочего дня", "рабочих дней", "рабочих дней")
    }

    private static func part(_ part: AnnouncementPart) -> String {
        switch part {
        case .deadline: "дата и время окончания приёма заявок"
        case .deadlineTime: "время окончания приёма заявок (указана только дата)"
        case .documents: "перечень необходимых документов"
        case .projectTerms: "сроки реализации проектов"
        }
    }

    private static func scoreDoesNotCount(_ name: String, _ application: String, _ problem: ScoreMemberProblem) -> String {
        switch problem {
        case .secretary: "«\(name)» — секретарь комиссии и не оценивает заявки: оценка «\(application)» не учитывается"
        case .conflict:
            "«\(name)» заявил(а) о конфликте интересов по заявке «\(application)» и не может её оценивать: оценка не учитывается"
        case .again:
            "«\(name)» уже оценил(а) заявку «\(application)»: у каждого члена комиссии одна строка оценок, эта не учитывается"
        case .notOnCommission: "«\(name)» не входит в комиссию: оценка «\(application)» не учитывается"
        }
    }

    private static func problem(_ problem: AdmissionProblem) -> String {
        switch problem {
        case .late(let submitted, let deadline): "подана \(submitted), после окончания приёма заявок (\(deadline))"
        case .languages(let foreign, _): "на языке \(Wording.list(foreign, .ru)), а не на казахском и (или) русском"
        case .notInDatabase: "заявитель не включён в Базу данных НПО"
        }
    }

    private static func input(_ input: AdmissionInput) -> String {
        switch input {
        case .submitted: "время подачи (submitted)"
        case .deadline: "окончание приёма заявок (announcement.deadline)"
        case .submissionTime: "время подачи в день окончания приёма"
        case .languages: "языки заявки (languages)"
        case .inDatabase: "есть ли заявитель в Базе данных НПО (in_ngo_database)"
        }
    }

    /// How many of a role there are: "председателей: 2".
    private static func roles(_ role: CommissionRole) -> String {
        switch role {
        case .chair: "председателей"
        case .deputy: "заместителей председателя"
        case .secretary: "секретарей"
        case .member: "членов"
        }
    }
}
