/// The words of the templates, the schemas and the summary figures of documents, in Kazakh.
extension KazakhCatalogue {
    func figureWord(_ word: FigureWord) -> String {
        switch word {
        case .discussions: "Тақырыптарды талқылау"
        case .discussionsInTime: "Мерзімінде өткен талқылаулар"
        case .projectsMonitored: "Мониторингтегі жобалар"
        case .quartersJudged: "Тексерілген тоқсандар"
        case .quartersMonitored: "Мониторинг жүргізілген тоқсандар"
        case .competitionTopicsHeld: "Конкурс тақырыптары: өтті"
        }
    }

    func topicsFailedFigure(ground: Int) -> String { "Конкурс тақырыптары: \(ground)-негіз бойынша өтпеді" }

    func templateWord(_ word: TemplateWord) -> String {
        switch word {
        case .reportTemplateFor: "gsz есеп үлгісі —"
        case .replaceAndCheck: "Мысал мәндерін өзіңіздікіне ауыстырып, тексеріңіз: gsz check ФАЙЛ"
        case .indicatorsOfForm: "Осы нысанның көрсеткіштері"
        case .nothingMeasured: "стандарт оларды белгілемейді, қызмет бағаланбайды"
        case .discussionTemplate: "МӘТ жоспарланған тақырыптарын жария талқылау (gsz check)"
        case .monitoringTemplate: "Мемлекеттік әлеуметтік тапсырысты іске асыру мониторингінің журналы (gsz check)"
        case .reportSchema: "ҮЕҰ-ның МӘТ қызметтері туралы есебі"
        case .discussionSchema: "МӘТ тақырыптарын жария талқылау"
        case .monitoringSchema: "МӘТ мониторингінің журналы"
        }
    }
}
