/// The sentences of a competition's findings and outcomes, in Kazakh.
extension KazakhCatalogue {
    // Longer than 60 lines: one switch over the whole table, so that the compiler lists a
    // sentence left unworded; the lists inside sentences are worded by the functions below.
    func competitionSentence(_ sentence: CompetitionSentence) -> String {
        let days = { (count: Int) in self.counted(.workingDay, count) }
        switch sentence {
        case .planMissing(let limit):
            return "бюджет немесе Жоспар бекітілген күн көрсетілмеген: мерзімді (\(days(limit))) тексеру үшін budget_approved пен plan_approved көрсетіңіз"
        case .planInTime(let actual, let due, let limit):
            return "Жоспар \(actual) бекітілген, мерзімінде: \(due) дейін (бюджеттен кейін \(days(limit)))"
        case .planLate(let actual, let due, let budget, let limit, let late):
            return "Жоспар \(actual) бекітілген, мерзімнен \(days(late)) кеш: оны бюджеттен (\(budget)) кейін \(days(limit)) ішінде, \(due) дейін бекіту керек"
        case .expertsMissing(let limit):
            return "өтінім қабылдау аяқталған немесе сарапшыларға хабарланған күн көрсетілмеген: мерзімді (\(days(limit))) тексеру үшін announcement.deadline мен experts_notified көрсетіңіз"
        case .expertsInTime(let actual, let due, let limit):
            return "сарапшыларға өтініш берушілер тізімі мен мүдделер қақтығысы нысаны \(actual) жіберілген, мерзімінде: \(due) дейін (\(days(limit)))"
        case .expertsLate(let actual, let due, let closing, let limit, let late):
            return "сарапшыларға \(actual) хабарланған, мерзімнен \(days(late)) кеш: тізім мен мүдделер қақтығысы нысанын өтінім қабылдау аяқталғаннан (\(closing)) кейін \(days(limit)) ішінде, \(due) дейін жіберу керек"
        case .evaluationMissing(let limit):
            return "өтінімдерді бағалау мерзімі көрсетілмеген: бағалау \(days(limit)) аспағанын тексеру үшін evaluation {from, to} көрсетіңіз"
        case .evaluationInTime(let taken, let limit, let span):
            return "өтінімдерді бағалау \(days(taken)) алды (\(span.from) – \(span.to)): \(days(limit)) аспайды"
        case .evaluationTooLong(let taken, let limit, let span):
            return "өтінімдерді бағалау \(days(taken)) алды (\(span.from) – \(span.to)), рұқсат етілгеннен \(days(taken - limit)) артық: комиссия өтінімдерді \(days(limit)) ішінде бағалауы керек"
        case .noAnnouncement:
            return "конкурс туралы хабарландыру сипатталмаған: өтінім қабылдаудың аяқталу күні мен уақыты, құжаттар тізбесі және жобалар мерзімі бар announcement көрсетіңіз"
        case .announcementComplete:
            return "хабарландыруда өтінім қабылдаудың аяқталу күні мен уақыты, құжаттар тізбесі және жобалар мерзімі бар"
        case .announcementLacks(let parts):
            return "хабарландыруда жоқ: " + parts.map(Self.part).joined(separator: "; ") + " — хабарландыруда олар болуы міндетті"
        case .scoresWrong(let item, let outside, let absent):
            let list = CompetitionSentence.wrongScores(outside, absent: absent, in: .kk)
            return "«\(item)» бағалары: \(list) — әр өлшем өз шегіндегі бүтін баллмен бағаланады; жол қорытынды баллға есептелмейді"
        case .scoresWithin(let item, let total, let maximum):
            return "«\(item)» бағалары: бәрі шегінде, барлығы \(maximum)-ден \(Wording.number(total, .kk))"
        case .scoreCounts(let name, let application):
            return "«\(name)» — «\(application)» өтінімі бойынша мүдделер қақтығысы жоқ комиссия мүшесі"
        case .scoreDoesNotCount(let name, let application, let problem):
            return Self.scoreDoesNotCount(name, application, problem)
        case .noApplication(let topic):
            return Self.failed(topic, 1) + "бірде-бір өтінім берілмеді"
        case .oneApplication(let topic, let id):
            return Self.failed(topic, 2) + "тек бір өтінім берілді, «\(id)»"
        case .oneAdmitted(let topic, let id, let applications):
            return Self.failed(topic, 3) + "\(counted(.application, applications)) ішінен тек біреуі жіберілді, «\(id)»"
        case .noneAdmitted(let topic, let applications):
            return Self.failed(topic, 4) + "\(counted(.application, applications)) бірде-біреуі жіберілмеді"
        case .noScores(let topic):
            return Self.failed(topic, 5) + "жіберілген өтінімдердің бірде-біреуі есептелетін баға алмады"
        case .lowScores(let topic, let percent, let maximum, let best, let score):
            return Self.failed(topic, 5) + "бірде-бір өтінім \(maximum)-тің \(percent)%-ынан артық жинамады; ең үздігі, «\(best)», \(Wording.number(score, .kk)) жинады"
        case .held(let winner, let score, let percent, let maximum, let tied):
            let held = "конкурс өтті: «\(winner)» өтінімі \(maximum)-ден \(Wording.number(score, .kk)) баллмен (\(Wording.number(percent, .kk))%) жеңді"
            guard !tied.isEmpty else { return held }
            return held + "; \(Wording.list(tied, .kk)) өтінімдері тең балл жинады — файлда біріншісі аталды, шешімді комиссия қабылдайды"
        case .refused(let id):
            return "«\(id)» өтінімі жіберілмеген: бас тарту — оператордың шешімі, ереже сақталды"
        case .admittedWrongly(let id, let problems):
            return "«\(id)» өтінімі жіберілген, бірақ " + problems.map(Self.problem).joined(separator: "; ") + ": мұндай өтінімді қабылдамау керек еді"
        case .admissionUnknown(let id, let lacking):
            return "«\(id)» өтінімінің жіберілуін тексеру мүмкін емес: көрсетіңіз — " + lacking.map(Self.input).joined(separator: ", ")
        case .admittedRightly(let id):
            return "«\(id)» өтінімі мерзімінде, қазақ және (немесе) орыс тілінде, ҮЕҰ дерекқорындағы ұйымнан берілген"
        case .commissionSize(let count, let limit):
            return "комиссияда хатшымен бірге \(counted(.person, count)): \(counted(.person, limit)) аспайды"
        case .commissionTooLarge(let count, let limit):
            return "комиссияда хатшымен бірге \(counted(.person, count)), рұқсат етілгеннен \(counted(.person, count - limit)) артық: \(counted(.person, limit)) аспауы керек"
        case .membersOdd(let count):
            return "комиссияда хатшысыз \(counted(.member, count)) — тақ сан"
        case .membersEven(let count):
            return "комиссияда хатшысыз \(counted(.member, count)) — жұп сан, дауыстар тең бөлінуі мүмкін: бір мүшені қосыңыз немесе шығарыңыз"
        case .rolesHeld:
            return "комиссияда бір төраға, бір орынбасар және бір хатшы бар"
        case .rolesWrong(let counts):
            let now = counts.map { "\(Self.roles($0.role)): \($0.count)" }.joined(separator: ", ")
            return "комиссияда дәл бір төраға, бір орынбасар және бір хатшы болуы керек; қазір \(now)"
        case .sharesHeld(let operators, let count, let allowed, let percent):
            return "оператор комиссияның \(count) мүшесінің \(operators)-ін ұсынған: \(percent)%-дан (\(allowed)) аспайды, қалғанын — ҮЕҰ"
        case .sharesOver(let operators, let count, let allowed, let percent):
            return "оператор комиссияның \(count) мүшесінің \(operators)-ін ұсынған, ал \(percent)%-дан, яғни \(allowed)-ден аспауы керек: олардың \(operators - allowed)-ін ҮЕҰ ұсынған сарапшылармен ауыстырыңыз"
        case .sharesUnknown(let names):
            return "\(Wording.list(names, .kk)) кім ұсынғаны көрсетілмеген: proposed_by (operator немесе ngo) көрсетіңіз"
        case .staff(let names):
            return "\(Wording.list(names, .kk)) — оператор қызметкері, комиссия мүшесі бола алмайды: ауыстырыңыз немесе хатшы етіңіз"
        case .staffUnknown(let names):
            return "\(Wording.list(names, .kk)) оператор қызметкері ме, көрсетілмеген: operator_staff (true немесе false) көрсетіңіз"
        case .noStaff:
            return "комиссия мүшелерінің арасында оператор қызметкерлері жоқ"
        case .noCommission:
            return "комиссия құрамы көрсетілмеген: мүшелері мен хатшысын commission ішінде тізіп көрсетіңіз"
        }
    }

    private static func failed(_ topic: String, _ ground: Int) -> String {
        "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (\(ground)-негіз): "
    }

    private static func part(_ part: AnnouncementPart) -> String {
        switch part {
        case .deadline: "өтінім қабылдаудың аяқталу күні мен уақыты"
        case .deadlineTime: "өтінім қабылдаудың аяқталу уақыты (тек күні көрсетілген)"
        case .documents: "қажетті құжаттар тізбесі"
        case .projectTerms: "жобаларды іске асыру мерзімі"
        }
    }

    private static func scoreDoesNotCount(_ name: String, _ application: String, _ problem: ScoreMemberProblem) -> String {
        switch problem {
        case .secretary: "«\(name)» — комиссия хатшысы, өтінімдерді бағаламайды: «\(application)» бағасы есептелмейді"
        case .conflict:
            "«\(name)» «\(application)» өтінімі бойынша мүдделер қақтығысын мәлімдеген, оны бағалай алмайды: баға есептелмейді"
        case .again: "«\(name)» «\(application)» өтінімін бұрын бағалаған: әр мүшеде бір баға жолы болады, бұл жол есептелмейді"
        case .notOnCommission: "«\(name)» комиссия құрамында жоқ: «\(application)» бағасы есептелмейді"
        }
    }

    private static func problem(_ problem: AdmissionProblem) -> String {
        switch problem {
        case .late(let submitted, let deadline): "\(submitted) берілген, өтінім қабылдау аяқталғаннан (\(deadline)) кейін"
        case .languages(let foreign, _): "қазақ және (немесе) орыс тілінде емес, \(Wording.list(foreign, .kk)) тілінде"
        case .notInDatabase: "өтініш беруші ҮЕҰ дерекқорында жоқ"
        }
    }

    private static func input(_ input: AdmissionInput) -> String {
        switch input {
        case .submitted: "берілген уақыты (submitted)"
        case .deadline: "өтінім қабылдаудың аяқталуы (announcement.deadline)"
        case .submissionTime: "қабылдау аяқталған күнгі беру уақыты"
        case .languages: "өтінім тілдері (languages)"
        case .inDatabase: "өтініш беруші ҮЕҰ дерекқорында бар ма (in_ngo_database)"
        }
    }

    /// A role, before how many hold it: "төраға: 2".
    private static func roles(_ role: CommissionRole) -> String {
        switch role {
        case .chair: "төраға"
        case .deputy: "төраға орынбасары"
        case .secretary: "хатшы"
        case .member: "мүше"
        }
    }
}
