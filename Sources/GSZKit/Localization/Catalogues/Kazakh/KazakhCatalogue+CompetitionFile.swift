/// The comments of the competition template and the descriptions of its schema, in Kazakh.
extension KazakhCatalogue {
    func competitionFileWord(_ word: CompetitionFileWord) -> String {
        switch word {
        case .templateHeading: "Гранттық конкурс: үлгі мәндерді өзіңіздікімен алмастырып, тексеріңіз: gsz check konkurs.yaml"
        case .budgetApproved: "бюджет бекітілді"
        case .planDeadline: "гранттар Жоспары: 20 жұмыс күні ішінде"
        case .deadlineComment: "қабылдаудың аяқталуы: күні мен уақыты (Астана)"
        case .expertsDeadline: "қабылдау аяқталғаннан кейін 3 жұмыс күні ішінде"
        case .evaluationLimit: "15 жұмыс күнінен аспайды"
        case .commissionComposition: "Комиссия: 15 адамға дейін; төраға, орынбасар, мүшелер (тақ сан) және хатшы;"
        case .commissionProposers: "мүшелердің 30%-дан аспайтыны оператор ұсынған; оператор қызметкерлері мүше емес (хатшы бола алады)."
        case .languagesAllowed: "қазақ және (немесе) орыс тілі"
        case .scoreRanges: "баллдар: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5"
        case .published: "жарияланды"
        case .deadline: "өтінім қабылдаудың аяқталуы: ЖЖЖЖ-АА-КК СС:ММ (Астана уақыты)"
        case .documents: "қажетті құжаттар тізбесі"
        case .projectTerms: "жобаларды іске асыру мерзімі"
        case .operatorName: "оператор"
        case .planApproved: "гранттар Жоспары бекітілді"
        case .expertsNotified: "сарапшыларға тізім мен мүдделер қақтығысы нысаны жіберілді"
        case .evaluation: "комиссияның өтінімдерді бағалауы"
        case .operatorStaff: "оператор қызметкері"
        case .conflicts: "мүдделер қақтығысы бар өтінімдер"
        case .languages: "өтінім тілдері (kk, ru)"
        case .inNGODatabase: "ҮЕҰ дерекқорында"
        case .admitted: "оператор жіберген"
        case .title: "Гранттық конкурс"
        }
    }
}
