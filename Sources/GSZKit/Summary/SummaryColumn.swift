/// A number column of the monitoring summary, the same in every format: its stable id
/// (the CSV header), its title, a short title for the terminal, and its cell.
struct SummaryColumn: Sendable {
    /// The CSV header: stable English, for programs.
    let id: String
    /// The verdict whose services the column counts, for a verdict column.
    var verdict: Verdict? = nil
    private let words: @Sendable (Language) -> (title: String, short: String)
    private let cell: @Sendable (SummaryFigures, Language) -> String
    private let plain: @Sendable (SummaryFigures) -> String

    /// The full title, for tables with room (Markdown, HTML).
    func title(in language: Language) -> String { words(language).title }

    /// A title of a few letters, for the terminal; the legend spells it out.
    func short(in language: Language) -> String { words(language).short }

    /// The cell for people: decimal comma in Russian and Kazakh, `—` where there is no value.
    func text(_ figures: SummaryFigures, in language: Language) -> String { cell(figures, language) }

    /// The cell for programs: decimal point, empty where there is no value.
    func csv(_ figures: SummaryFigures) -> String { plain(figures) }

    /// Services, one column per service verdict, participants, mean satisfaction, stories.
    static let all: [SummaryColumn] = [
        count("services", { $0.services }) { language in
            (Label.services.text(in: language), ColumnWord.services.text(in: language))
        },
    ] + Verdict.reportOrder.filter { $0 != .error }.map { verdict in
        SummaryColumn(id: verdict.rawValue, verdict: verdict, words: { language in (verdict.name(in: language), verdict.abbreviation(in: language)) },
                      cell: { figures, _ in String(figures[verdict]) }, plain: { String($0[verdict]) })
    } + [
        count("participants", { $0.participants }) { language in
            (Label.participants.text(in: language), ColumnWord.participants.text(in: language))
        },
        SummaryColumn(
            id: "mean_satisfaction",
            words: { language in
                (Label.meanSatisfaction.text(in: language), ColumnWord.satisfaction.text(in: language))
            },
            cell: { figures, language in figures.meanSatisfaction.map { NumberText.short($0, in: language) + "%" } ?? "—" },
            plain: { figures in figures.meanSatisfaction.map { NumberText.plain($0) } ?? "" }),
        count("success_stories", { $0.successStories }) { language in
            (Label.successStories.text(in: language), ColumnWord.stories.text(in: language))
        },
    ]

    private static func count(
        _ id: String, _ value: @escaping @Sendable (SummaryFigures) -> Int,
        words: @escaping @Sendable (Language) -> (String, String)
    ) -> SummaryColumn {
        SummaryColumn(id: id, words: words, cell: { figures, _ in String(value(figures)) }, plain: { String(value($0)) })
    }
}

extension Verdict {
    /// A few letters for a column heading: `Макс.`, `Толықсыз`, `Noncompl.`.
    func abbreviation(in language: Language) -> String {
        language.catalogue.verdictAbbreviation(self)
    }
}

/// The short title of a summary column of a few letters, for the terminal; each catalogue
/// words it.
enum ColumnWord: CaseIterable, Sendable {
    /// Services counted.
    case services
    /// Participants reached.
    case participants
    /// Mean satisfaction.
    case satisfaction
    /// Success stories.
    case stories

    /// The title in `language`.
    func text(in language: Language) -> String {
        language.catalogue.columnWord(self)
    }
}
