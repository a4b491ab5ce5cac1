/// What a competition adds to `gsz summary`: topics held, and topics failed on each ground.
enum CompetitionFigures {
    /// Every figure, zeros included, so a batch's summary shows each ground.
    static func figures(of topics: [TopicResult]) -> [SummaryFigure] {
        var figures = [SummaryFigure(id: "competition_topics_held", label: FigureWord.competitionTopicsHeld.label,
                                     value: topics.filter { $0.outcome == .held }.count)]
        for ground in 1...5 {
            figures.append(SummaryFigure(id: "competition_topics_failed_ground_\(ground)", label: FigureWord.topicsFailed(ground: ground),
                                         value: topics.filter { $0.ground == ground }.count))
        }
        return figures
    }
}
