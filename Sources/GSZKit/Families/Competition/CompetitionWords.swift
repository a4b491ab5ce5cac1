/// The words of a competition's page, in each language.
enum CompetitionWords {
    static let operatorLabel = LocalizedText(ru: "Оператор", kk: "Оператор", en: "Operator")
    static let commission = LocalizedText(ru: "Конкурсная комиссия", kk: "Конкурстық комиссия", en: "The competition commission")
    static let name = LocalizedText(ru: "ФИО", kk: "Аты-жөні", en: "Name")
    static let role = LocalizedText(ru: "Роль", kk: "Рөлі", en: "Role")
    static let proposedBy = LocalizedText(ru: "Кем предложен", kk: "Кім ұсынды", en: "Proposed by")
    static let staff = LocalizedText(ru: "Работник оператора", kk: "Оператор қызметкері", en: "Operator's employee")
    static let application = LocalizedText(ru: "Заявка", kk: "Өтінім", en: "Application")
    static let score = LocalizedText(ru: "Балл", kk: "Балл", en: "Score")
    static let broken = LocalizedText(ru: "Нарушения правил", kk: "Ережелерді бұзу", en: "Rules broken")

    static func role(_ role: CommissionRole) -> LocalizedText {
        switch role {
        case .chair: LocalizedText(ru: "председатель", kk: "төраға", en: "chair")
        case .deputy: LocalizedText(ru: "заместитель председателя", kk: "төраға орынбасары", en: "deputy chair")
        case .member: LocalizedText(ru: "член комиссии", kk: "комиссия мүшесі", en: "member")
        case .secretary: LocalizedText(ru: "секретарь", kk: "хатшы", en: "secretary")
        }
    }

    static func proposer(_ proposer: Proposer) -> LocalizedText {
        switch proposer {
        case .operator: LocalizedText(ru: "оператор", kk: "оператор", en: "the operator")
        case .ngo: LocalizedText(ru: "НПО", kk: "ҮЕҰ", en: "an NGO")
        }
    }

    static func yesNo(_ value: Bool) -> LocalizedText {
        value ? LocalizedText(ru: "да", kk: "иә", en: "yes") : LocalizedText(ru: "нет", kk: "жоқ", en: "no")
    }

    static func outcome(held: Bool, ground: Int?) -> LocalizedText {
        if held { return LocalizedText(ru: "состоялся", kk: "өтті", en: "held") }
        let n = ground.map(String.init) ?? "?"
        return LocalizedText(ru: "не состоялся, основание \(n)", kk: "өтпеді, \(n)-негіз", en: "failed, ground \(n)")
    }

    static func shares(people: Int, members: Int, operators: Int, ngos: Int, sheet: CompetitionSheet) -> LocalizedText {
        let percent = { (count: Int, span: ValueSpan) in
            members == 0 ? "0" : NumberText.plain(100 * Double(count) / Double(members), within: span)
        }
        // 1 of 3 is 33.33%, not "at most 33%"; the operators' share is shown on the side of the
        // limit the rule found it on.
        let share = 100 * Double(sheet.operatorShare) / Double(sheet.shareOf)
        let limit = NumberText.plain(share)
        let holds = operators * sheet.shareOf <= sheet.operatorShare * members
        let operatorsPercent = percent(operators, holds ? .upTo(share) : .above(share))
        return LocalizedText(
            ru: "Всего \(people) чел., членов без секретаря: \(members). Предложены оператором: \(operators) (\(operatorsPercent)%, допустимо не более \(limit)%), НПО: \(ngos) (\(percent(ngos, .any))%).",
            kk: "Барлығы \(people) адам, хатшысыз мүшелер: \(members). Оператор ұсынған: \(operators) (\(operatorsPercent)%, \(limit)%-дан аспауы керек), ҮЕҰ: \(ngos) (\(percent(ngos, .any))%).",
            en: "\(people) people, \(members) members besides the secretary. Proposed by the operator: \(operators) (\(operatorsPercent)%, at most \(limit)%), by NGOs: \(ngos) (\(percent(ngos, .any))%).")
    }

    static func noneBroken(_ count: Int) -> LocalizedText {
        LocalizedText(ru: "Все \(count) проверок правил пройдены.", kk: "Ережелердің барлық \(count) тексеруі өтті.",
                      en: "All \(count) rule checks are met.")
    }
}
