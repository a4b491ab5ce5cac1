/// A title or line of the templates `gsz init` writes and the schemas `gsz schema` prints;
/// each catalogue words it.
enum TemplateWord: CaseIterable, Sendable {
    /// Before the service's kind and form in a report template's first line.
    case reportTemplateFor
    /// What to do with a report template.
    case replaceAndCheck
    /// Before the list of the indicators a form is judged by.
    case indicatorsOfForm
    /// In place of that list when the standard sets none.
    case nothingMeasured
    /// The first line of a discussion's template.
    case discussionTemplate
    /// The first line of a monitoring log's template.
    case monitoringTemplate
    /// The title of a report's schema.
    case reportSchema
    /// The title of a discussion's schema.
    case discussionSchema
    /// The title of a monitoring log's schema.
    case monitoringSchema

    /// The words in `language`.
    func text(in language: Language) -> String {
        language.catalogue.templateWord(self)
    }
}
