/// The words of the templates, the schemas and the summary figures of documents, in English.
extension EnglishCatalogue {
    func figureWord(_ word: FigureWord) -> String {
        switch word {
        case .discussions: "Discussions"
        case .discussionsInTime: "Discussions in time"
        case .projectsMonitored: "Projects monitored"
        case .quartersJudged: "Quarters judged"
        case .quartersMonitored: "Quarters monitored"
        case .competitionTopicsHeld: "Competition topics held"
        }
    }

    func topicsFailedFigure(ground: Int) -> String { "Competition topics failed on ground \(ground)" }

    func templateWord(_ word: TemplateWord) -> String {
        switch word {
        case .reportTemplateFor: "gsz report template —"
        case .replaceAndCheck: "Replace the sample values with your own, then check: gsz check FILE"
        case .indicatorsOfForm: "Indicators for this form"
        case .nothingMeasured: "the standard sets none; the service is not assessed"
        case .discussionTemplate: "Public discussion of planned ГСЗ topics (gsz check)"
        case .monitoringTemplate: "Log of monitoring the State Social Order (gsz check)"
        case .reportSchema: "NGO report on State Social Order services"
        case .discussionSchema: "Public discussion of ГСЗ topics"
        case .monitoringSchema: "ГСЗ monitoring log"
        }
    }
}
