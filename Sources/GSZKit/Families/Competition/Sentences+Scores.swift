extension Sentences {
    // MARK: Score rows

    static func scoreRange(
        item: String, outside: [(criterion: ScoringCriterion, value: Double)], absent: [ScoringCriterion], total: Double,
        maximum: Int
    ) -> LocalizedText {
        if !outside.isEmpty || !absent.isEmpty {
            func list(_ language: Language) -> String {
                let wrong = outside.map { entry in
                    let range = "\(entry.criterion.range.lowerBound)–\(entry.criterion.range.upperBound)"
                    return "\(Wording.quote(entry.criterion.id, language)) \(Wording.number(entry.value, language)) (\(range))"
                }
                let none = absent.map { "\(Wording.quote($0.id, language)) —" }
                return (wrong + none).joined(separator: ", ")
            }
            return say("оценки «\(item)»: \(list(.ru)) — каждый критерий оценивается целым баллом в своих пределах; строка не учитывается в итоговом балле",
                       "«\(item)» бағалары: \(list(.kk)) — әр өлшем өз шегіндегі бүтін баллмен бағаланады; жол қорытынды баллға есептелмейді",
                       "scores '\(item)': \(list(.en)): each criterion takes a whole score within its range; the row does not count towards the score")
        }
        let t = number(total)
        return say("оценки «\(item)»: все в пределах, итого \(t.ru) из \(maximum)",
                   "«\(item)» бағалары: бәрі шегінде, барлығы \(maximum)-ден \(t.kk)",
                   "scores '\(item)': all within range, \(t.en) of \(maximum) in total")
    }

    static func scoreMember(_ name: String, application: String, problem: ScoreMemberProblem?) -> LocalizedText {
        switch problem {
        case nil:
            return say("«\(name)» — член комиссии без конфликта интересов по заявке «\(application)»",
                       "«\(name)» — «\(application)» өтінімі бойынша мүдделер қақтығысы жоқ комиссия мүшесі",
                       "'\(name)' is a member of the commission with no conflict of interest in '\(application)'")
        case .secretary?:
            return say("«\(name)» — секретарь комиссии и не оценивает заявки: оценка «\(application)» не учитывается",
                       "«\(name)» — комиссия хатшысы, өтінімдерді бағаламайды: «\(application)» бағасы есептелмейді",
                       "'\(name)' is the commission's secretary and does not score: the scores for '\(application)' do not count")
        case .conflict?:
            return say("«\(name)» заявил(а) о конфликте интересов по заявке «\(application)» и не может её оценивать: оценка не учитывается",
                       "«\(name)» «\(application)» өтінімі бойынша мүдделер қақтығысын мәлімдеген, оны бағалай алмайды: баға есептелмейді",
                       "'\(name)' declared a conflict of interest in '\(application)' and may not score it: the scores do not count")
        case .again?:
            return say("«\(name)» уже оценил(а) заявку «\(application)»: у каждого члена комиссии одна строка оценок, эта не учитывается",
                       "«\(name)» «\(application)» өтінімін бұрын бағалаған: әр мүшеде бір баға жолы болады, бұл жол есептелмейді",
                       "'\(name)' has already scored '\(application)': each member scores an application once, so this row does not count")
        case .notOnCommission?:
            return say("«\(name)» не входит в комиссию: оценка «\(application)» не учитывается",
                       "«\(name)» комиссия құрамында жоқ: «\(application)» бағасы есептелмейді",
                       "'\(name)' is not on the commission: the scores for '\(application)' do not count")
        }
    }

    // MARK: Outcomes

    static func failed(
        ground: Int, topic: String, applications: [String], admitted: [String], best: RankedApplication?, rules: CompetitionRules
    ) -> LocalizedText {
        switch ground {
        case 1:
            return say("конкурс по теме «\(topic)» не состоялся (основание 1): не подано ни одной заявки",
                       "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (1-негіз): бірде-бір өтінім берілмеді",
                       "the competition on '\(topic)' failed (ground 1): no application was submitted")
        case 2:
            let id = applications.first ?? ""
            return say("конкурс по теме «\(topic)» не состоялся (основание 2): подана только одна заявка, «\(id)»",
                       "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (2-негіз): тек бір өтінім берілді, «\(id)»",
                       "the competition on '\(topic)' failed (ground 2): only one application was submitted, '\(id)'")
        case 3:
            let id = admitted.first ?? ""
            let n = count(applications.count, applicationsNoun)
            return say("конкурс по теме «\(topic)» не состоялся (основание 3): из \(applications.count) заявок допущена только одна, «\(id)»",
                       "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (3-негіз): \(n.kk) ішінен тек біреуі жіберілді, «\(id)»",
                       "the competition on '\(topic)' failed (ground 3): of \(n.en), only one was admitted, '\(id)'")
        case 4:
            let n = count(applications.count, applicationsNoun)
            return say("конкурс по теме «\(topic)» не состоялся (основание 4): ни одна из \(applications.count) заявок не допущена",
                       "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (4-негіз): \(n.kk) бірде-біреуі жіберілмеді",
                       "the competition on '\(topic)' failed (ground 4): none of the \(n.en) was admitted")
        default:
            let percent = rules.failBelowPercent, maximum = rules.maximum
            guard let best, let score = best.score else {
                return say("конкурс по теме «\(topic)» не состоялся (основание 5): ни одна допущенная заявка не получила учитываемых оценок",
                           "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (5-негіз): жіберілген өтінімдердің бірде-біреуі есептелетін баға алмады",
                           "the competition on '\(topic)' failed (ground 5): no admitted application has a score that counts")
            }
            let s = number(score)
            return say("конкурс по теме «\(topic)» не состоялся (основание 5): ни одна заявка не набрала более \(percent)% от \(maximum); лучшая, «\(best.id)», набрала \(s.ru)",
                       "«\(topic)» тақырыбы бойынша конкурс өткізілмеді (5-негіз): бірде-бір өтінім \(maximum)-тің \(percent)%-ынан артық жинамады; ең үздігі, «\(best.id)», \(s.kk) жинады",
                       "the competition on '\(topic)' failed (ground 5): no application scored more than \(percent)% of \(maximum): the best, '\(best.id)', scored \(s.en)")
        }
    }

    static func held(winner: RankedApplication, runnersUp: Int, tied: [String], maximum: Int) -> LocalizedText {
        let s = number(winner.score ?? 0), p = number(winner.percent ?? 0)
        let base = say("конкурс состоялся: победила заявка «\(winner.id)» с баллом \(s.ru) из \(maximum) (\(p.ru)%)",
                       "конкурс өтті: «\(winner.id)» өтінімі \(maximum)-ден \(s.kk) баллмен (\(p.kk)%) жеңді",
                       "the competition was held: '\(winner.id)' won with \(s.en) of \(maximum) (\(p.en)%)")
        guard tied.count > 1 else { return base }
        let n = names(tied)
        return say(base.ru + "; заявки \(n.ru) набрали поровну — названа первая в файле, решение за комиссией",
                   base.kk + "; \(n.kk) өтінімдері тең балл жинады — файлда біріншісі аталды, шешімді комиссия қабылдайды",
                   base.en + "; \(n.en) tie for first: the first in the file is named, and the commission must decide")
    }
}
