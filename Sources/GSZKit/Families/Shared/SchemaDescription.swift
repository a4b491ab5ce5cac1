/// The description of a field in the discussion's or the monitoring log's JSON Schema (`gsz
/// schema --document …`); each catalogue words it.
enum SchemaDescription: CaseIterable, Sendable {
    /// `discussion.body`.
    case discussionBody
    /// `discussion.topics_year`.
    case topicsYear
    /// `discussion.posted`.
    case posted
    /// `discussion.closed`.
    case closed
    /// `discussion.considered`.
    case considered
    /// `discussion.report_published`.
    case reportPublished
    /// `topics[].no` and `comments[].topic`.
    case topicNumber
    /// `topics[].title`.
    case topicTitle
    /// `topics[].funding`.
    case funding
    /// `topics[].justification`.
    case justification
    /// `topics[].target_group`.
    case targetGroup
    /// `topics[].expected_result`.
    case expectedResult
    /// `comments[].author`.
    case author
    /// `comments[].summary`.
    case summary
    /// `comments[].decision`.
    case decision
    /// `comments[].reason`.
    case reason
    /// `projects[].id`.
    case projectID
    /// `projects[].title`.
    case projectTitle
    /// `projects[].ngo.bin`.
    case bin
    /// `projects[].period`.
    case period
    /// `projects[].visits`.
    case visits
    /// `reports[].half`.
    case half
    /// `reports[].submitted`.
    case submitted
    /// `monitoring.body`.
    case monitoringBody
    /// `monitoring.as_of`.
    case asOf

    /// The description in `language`.
    func text(in language: Language) -> String {
        language.catalogue.schemaDescription(self)
    }
}
