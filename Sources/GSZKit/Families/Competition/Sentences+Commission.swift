extension Sentences {
    // MARK: Applications

    static func refused(_ id: String) -> LocalizedText {
        say("заявка «\(id)» не допущена: отказ — решение оператора, правило соблюдено",
            "«\(id)» өтінімі жіберілмеген: бас тарту — оператордың шешімі, ереже сақталды",
            "application '\(id)' was not admitted: refusing is the operator's call, so the rule is met")
    }

    static func admission(_ id: String, broken: [AdmissionProblem], unknown: [AdmissionInput]) -> LocalizedText {
        if !broken.isEmpty {
            let parts = broken.map { problem -> (String, String, String) in
                switch problem {
                case .late(let submitted, let deadline):
                    ("подана \(submitted), после окончания приёма заявок (\(deadline))",
                     "\(submitted) берілген, өтінім қабылдау аяқталғаннан (\(deadline)) кейін",
                     "submitted \(submitted), after the deadline (\(deadline))")
                case .languages(let foreign, _):
                    ("на языке \(Wording.list(foreign, .ru)), а не на казахском и (или) русском",
                     "қазақ және (немесе) орыс тілінде емес, \(Wording.list(foreign, .kk)) тілінде",
                     "in \(Wording.list(foreign, .en)), not Kazakh and/or Russian")
                case .notInDatabase:
                    ("заявитель не включён в Базу данных НПО", "өтініш беруші ҮЕҰ дерекқорында жоқ",
                     "the applicant is not in the Database of NGOs")
                }
            }
            return say("заявка «\(id)» допущена, хотя " + parts.map(\.0).joined(separator: "; ") + ": такую заявку нужно было отклонить",
                       "«\(id)» өтінімі жіберілген, бірақ " + parts.map(\.1).joined(separator: "; ") + ": мұндай өтінімді қабылдамау керек еді",
                       "application '\(id)' was admitted although " + parts.map(\.2).joined(separator: "; ") + ": it should have been refused")
        }
        if !unknown.isEmpty {
            let parts = unknown.map { input -> (String, String, String) in
                switch input {
                case .submitted: ("время подачи (submitted)", "берілген уақыты (submitted)", "when it was submitted (submitted)")
                case .deadline: ("окончание приёма заявок (announcement.deadline)", "өтінім қабылдаудың аяқталуы (announcement.deadline)", "the deadline (announcement.deadline)")
                case .submissionTime: ("время подачи в день окончания приёма", "қабылдау аяқталған күнгі беру уақыты", "the time it was submitted on the deadline's day")
                case .languages: ("языки заявки (languages)", "өтінім тілдері (languages)", "its languages (languages)")
                case .inDatabase: ("есть ли заявитель в Базе данных НПО (in_ngo_database)", "өтініш беруші ҮЕҰ дерекқорында бар ма (in_ngo_database)", "whether the applicant is in the NGO database (in_ngo_database)")
                }
            }
            return say("допуск заявки «\(id)» не проверить: укажите " + parts.map(\.0).joined(separator: ", "),
                       "«\(id)» өтінімінің жіберілуін тексеру мүмкін емес: көрсетіңіз — " + parts.map(\.1).joined(separator: ", "),
                       "the admission of '\(id)' cannot be judged: give " + parts.map(\.2).joined(separator: ", "))
        }
        return say("заявка «\(id)» подана в срок, на казахском и (или) русском языке, заявителем из Базы данных НПО",
                   "«\(id)» өтінімі мерзімінде, қазақ және (немесе) орыс тілінде, ҮЕҰ дерекқорындағы ұйымнан берілген",
                   "application '\(id)' came in time, in Kazakh and/or Russian, from an NGO in the database")
    }

    // MARK: Commission

    static let noCommission = say("состав комиссии не указан: перечислите её членов и секретаря в commission",
                                  "комиссия құрамы көрсетілмеген: мүшелері мен хатшысын commission ішінде тізіп көрсетіңіз",
                                  "the commission is not given: list its members and secretary under commission")

    static func size(people count: Int, limit: Int) -> LocalizedText {
        let n = Sentences.count(count, people), l = Sentences.count(limit, people)
        if count <= limit {
            return say("в комиссии \(n.ru) вместе с секретарём: не более \(l.ru)",
                       "комиссияда хатшымен бірге \(n.kk): \(l.kk) аспайды",
                       "the commission has \(n.en) with the secretary: at most \(l.en)")
        }
        let over = Sentences.count(count - limit, people), more = Sentences.count(count - limit, peopleAccusative)
        return say("в комиссии \(n.ru) вместе с секретарём, на \(more.ru) больше допустимого: не более \(l.ru)",
                   "комиссияда хатшымен бірге \(n.kk), рұқсат етілгеннен \(over.kk) артық: \(l.kk) аспауы керек",
                   "the commission has \(n.en) with the secretary, \(over.en) too many: at most \(l.en)")
    }

    static func odd(members count: Int) -> LocalizedText {
        let n = Sentences.count(count, members)
        if count % 2 == 1 {
            return say("в комиссии \(n.ru) без секретаря — нечётное число", "комиссияда хатшысыз \(n.kk) — тақ сан",
                       "the commission has \(n.en) besides the secretary, an odd number")
        }
        return say("в комиссии \(n.ru) без секретаря — чётное число, голоса могут разделиться поровну: добавьте или выведите одного члена",
                   "комиссияда хатшысыз \(n.kk) — жұп сан, дауыстар тең бөлінуі мүмкін: бір мүшені қосыңыз немесе шығарыңыз",
                   "the commission has \(n.en) besides the secretary, an even number that can tie a vote: add or remove one member")
    }

    static func roles(_ counts: [(CommissionRole, Int)]) -> LocalizedText {
        let wrong = counts.filter { $0.1 != 1 }
        guard !wrong.isEmpty else {
            return say("в комиссии один председатель, один заместитель и один секретарь",
                       "комиссияда бір төраға, бір орынбасар және бір хатшы бар",
                       "the commission has one chair, one deputy and one secretary")
        }
        func name(_ role: CommissionRole) -> (String, String, String) {
            switch role {
            case .chair: ("председателей", "төраға", "chairs")
            case .deputy: ("заместителей председателя", "төраға орынбасары", "deputies")
            case .secretary: ("секретарей", "хатшы", "secretaries")
            case .member: ("членов", "мүше", "members")
            }
        }
        let ru = wrong.map { "\(name($0.0).0): \($0.1)" }.joined(separator: ", ")
        let kk = wrong.map { "\(name($0.0).1): \($0.1)" }.joined(separator: ", ")
        let en = wrong.map { "\(name($0.0).2): \($0.1)" }.joined(separator: ", ")
        return say("в комиссии должны быть ровно один председатель, один заместитель и один секретарь; сейчас \(ru)",
                   "комиссияда дәл бір төраға, бір орынбасар және бір хатшы болуы керек; қазір \(kk)",
                   "the commission needs exactly one chair, one deputy and one secretary; it has \(en)")
    }

    static func shares(operators: Int, members count: Int, allowed: Int, share: (numerator: Int, denominator: Int)) -> LocalizedText {
        let percent = 100 * share.numerator / share.denominator
        if operators * share.denominator <= share.numerator * count {
            return say("оператор предложил \(operators) из \(count) членов комиссии: не более \(percent)% (\(allowed)), остальных — НПО",
                       "оператор комиссияның \(count) мүшесінің \(operators)-ін ұсынған: \(percent)%-дан (\(allowed)) аспайды, қалғанын — ҮЕҰ",
                       "the operator proposed \(operators) of the \(count) members: at most \(percent)% (\(allowed)), the rest by NGOs")
        }
        return say("оператор предложил \(operators) из \(count) членов комиссии, а допустимо не более \(percent)% — \(allowed): замените \(operators - allowed) из них экспертами, предложенными НПО",
                   "оператор комиссияның \(count) мүшесінің \(operators)-ін ұсынған, ал \(percent)%-дан, яғни \(allowed)-ден аспауы керек: олардың \(operators - allowed)-ін ҮЕҰ ұсынған сарапшылармен ауыстырыңыз",
                   "the operator proposed \(operators) of the \(count) members, but at most \(percent)% may be, \(allowed): replace \(operators - allowed) of them with experts proposed by NGOs")
    }

    static func sharesUnknown(_ people: [String]) -> LocalizedText {
        let n = names(people)
        return say("не указано, кем предложены \(n.ru): укажите proposed_by (operator или ngo)",
                   "\(n.kk) кім ұсынғаны көрсетілмеген: proposed_by (operator немесе ngo) көрсетіңіз",
                   "who proposed \(n.en) is not given: give proposed_by (operator or ngo)")
    }

    static func staff(_ people: [String]) -> LocalizedText {
        let n = names(people)
        return say("\(n.ru) — работник(и) оператора и не может (могут) быть членом комиссии: замените или сделайте секретарём",
                   "\(n.kk) — оператор қызметкері, комиссия мүшесі бола алмайды: ауыстырыңыз немесе хатшы етіңіз",
                   "\(n.en): an employee of the operator cannot be a member of the commission; replace them or make them the secretary")
    }

    static func staffUnknown(_ people: [String]) -> LocalizedText {
        let n = names(people)
        return say("не указано, работают ли у оператора \(n.ru): укажите operator_staff (true или false)",
                   "\(n.kk) оператор қызметкері ме, көрсетілмеген: operator_staff (true немесе false) көрсетіңіз",
                   "whether \(n.en) work for the operator is not given: give operator_staff (true or false)")
    }

    static let noStaff = say("среди членов комиссии нет работников оператора", "комиссия мүшелерінің арасында оператор қызметкерлері жоқ",
                             "no member of the commission is an employee of the operator")
}
