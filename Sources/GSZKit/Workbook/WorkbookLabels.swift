/// What people read in a report workbook: sheet names and a short label for each key.
///
/// The keys stay English (they are what gsz reads); the labels in the chosen language sit
/// beside them (column B of the header, row 2 of the services) and are never read.
enum WorkbookLabels {
    /// The header keys of contract §12, in order, with their labels.
    static let header: [(key: String, label: WorkbookWord)] = [
        ("ngo.name", .ngoName),
        ("ngo.bin", .ngoBIN),
        ("project", .project),
        ("contract", .contract),
        ("period.from", .periodFrom),
        ("period.to", .periodTo),
    ]

    /// The service keys of contract §12, in order, with their labels.
    static let services: [(key: String, label: WorkbookWord)] = [
        ("id", .serviceID),
        ("kind", .serviceKind),
        ("form", .serviceForm),
        ("title", .serviceTitle),
        ("date", .date),
        ("dates.from", .datesFrom),
        ("dates.to", .datesTo),
        ("hours", .hours),
        ("participants", .participants),
        ("provider.name", .providerName),
        ("provider.experience_years", .providerExperience),
        ("feedback.respondents", .feedbackRespondents),
        ("feedback.satisfied", .feedbackSatisfied),
        ("success_stories", .successStories),
    ]
}

/// A word of the report workbook; each catalogue words it.
enum WorkbookWord: CaseIterable, Sendable {
    /// The header sheet's name.
    case headerSheet
    /// The services sheet's name.
    case servicesSheet
    /// The title over the header's labels.
    case title
    /// The label of `ngo.name`.
    case ngoName
    /// The label of `ngo.bin`.
    case ngoBIN
    /// The label of `project`.
    case project
    /// The label of `contract`.
    case contract
    /// The label of `period.from`.
    case periodFrom
    /// The label of `period.to`.
    case periodTo
    /// The label of `id`.
    case serviceID
    /// The label of `kind`.
    case serviceKind
    /// The label of `form`.
    case serviceForm
    /// The label of `title`.
    case serviceTitle
    /// The label of `date`.
    case date
    /// The label of `dates.from`.
    case datesFrom
    /// The label of `dates.to`.
    case datesTo
    /// The label of `hours`.
    case hours
    /// The label of `participants`.
    case participants
    /// The label of `provider.name`.
    case providerName
    /// The label of `provider.experience_years`.
    case providerExperience
    /// The label of `feedback.respondents`.
    case feedbackRespondents
    /// The label of `feedback.satisfied`.
    case feedbackSatisfied
    /// The label of `success_stories`.
    case successStories
    /// What the comment on a `from` key adds to its range's summary.
    case rangeStart
    /// What the comment on a `to` key adds to its range's summary.
    case rangeEnd
    /// What every date comment says about how to write one.
    case dateHint
    /// What the BIN comment adds.
    case binHint
    /// The note on the example row.
    case exampleNote

    /// The word in `language`.
    func text(in language: Language) -> String {
        language.catalogue.workbookWord(self)
    }
}
