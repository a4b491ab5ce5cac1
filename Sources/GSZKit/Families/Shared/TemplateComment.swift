/// The comment on a line of the discussion's or the monitoring log's template (`gsz init
/// --document …`); each catalogue words it.
enum TemplateComment: CaseIterable, Sendable {
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
    /// `topics`.
    case topics
    /// `topics[].no`.
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
    /// `comments`.
    case comments
    /// `comments[].topic`.
    case commentTopic
    /// `comments[].author`.
    case author
    /// `comments[].summary`.
    case summary
    /// `comments[].decision`.
    case decision
    /// `comments[].reason`.
    case reason
    /// `totals`.
    case totals
    /// `monitoring.body`.
    case monitoringBody
    /// `monitoring.as_of`.
    case asOf
    /// `projects`.
    case projects
    /// `projects[].id`.
    case projectID
    /// `projects[].title`.
    case projectTitle
    /// `projects[].ngo`.
    case ngo
    /// `projects[].period`.
    case period
    /// `projects[].visits`.
    case visits
    /// `reports`.
    case reports
    /// `reports[]`.
    case report

    /// The comment in `language`.
    func text(in language: Language) -> String {
        language.catalogue.templateComment(self)
    }
}
