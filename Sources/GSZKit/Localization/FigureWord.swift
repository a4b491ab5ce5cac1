/// The label of a figure a document judged by rules adds to `gsz summary`; each catalogue
/// words it.
enum FigureWord: CaseIterable, Sendable {
    /// Discussions of topics checked.
    case discussions
    /// Discussions whose two deadlines were met.
    case discussionsInTime
    /// Projects a monitoring log follows.
    case projectsMonitored
    /// Quarters the monitoring rule judged.
    case quartersJudged
    /// Quarters with their monitoring done.
    case quartersMonitored
    /// Competition topics held.
    case competitionTopicsHeld

    /// The label in every language, as a summary figure carries it.
    var label: LocalizedText {
        LocalizedText(wording: { $0.catalogue.figureWord(self) })
    }

    /// The label of the competition topics that failed on `ground`, in every language.
    static func topicsFailed(ground: Int) -> LocalizedText {
        LocalizedText(wording: { $0.catalogue.topicsFailedFigure(ground: ground) })
    }
}

extension LocalizedText {
    /// The text a catalogue gives in each language, for a value that carries every language
    /// at once (a summary figure's label, like a standard's names).
    init(wording: (Language) -> String) {
        self.init(ru: wording(.ru), kk: wording(.kk), en: wording(.en))
    }
}
