/// The words of the templates, the schemas and the summary figures of documents, in Russian.
extension RussianCatalogue {
    func figureWord(_ word: FigureWord) -> String {
        switch word {
        case .discussions: "Обсуждений тем"
        case .discussionsInTime: "Обсуждений в срок"
        case .projectsMonitored: "Проектов под мониторингом"
        case .quartersJudged: "Кварталов проверено"
        case .quartersMonitored: "Кварталов с мониторингом"
        case .competitionTopicsHeld: "Темы конкурсов: состоялись"
        }
    }

    func topicsFailedFigure(ground: Int) -> String { "Темы конкурсов: не состоялись по основанию \(ground)" }

    func templateWord(_ word: TemplateWord) -> String {
        switch word {
        case .reportTemplateFor: "Шаблон отчёта gsz —"
        case .replaceAndCheck: "Замените примерные значения своими и проверьте: gsz check ФАЙЛ"
        case .indicatorsOfForm: "Показатели этой формы"
        case .nothingMeasured: "стандарт их не устанавливает, услуга не оценивается"
        case .discussionTemplate: "Публичное обсуждение планируемых тем ГСЗ (gsz check)"
        case .monitoringTemplate: "Журнал мониторинга реализации госсоцзаказа (gsz check)"
        case .reportSchema: "Отчёт НПО об оказанных услугах ГСЗ"
        case .discussionSchema: "Публичное обсуждение тем ГСЗ"
        case .monitoringSchema: "Журнал мониторинга ГСЗ"
        }
    }
}
