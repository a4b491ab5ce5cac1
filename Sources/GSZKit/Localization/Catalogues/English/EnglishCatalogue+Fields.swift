/// What the fields of documents hold, in English: the report's own fields' summaries, the
/// comments of the discussion's and monitoring log's templates and their schemas' descriptions.
extension EnglishCatalogue {
    func coreFieldSummary(_ field: CoreFieldSummary) -> String {
        switch field {
        case .id: "The service's id, unique within the report"
        case .kind: "Kind of service: training, consulting, information, research, events, civic_center"
        case .form: "Form of a training service (required for training): seminar, training, master_class, lecture, webinar, video_lesson, course, internship"
        case .title: "Topic or title"
        case .dates: "When it took place, from and to inclusive; for one day, date may be given instead"
        case .date: "The day of a one-day service (instead of dates)"
        case .ngoName: "The NGO's name"
        case .bin: "BIN: 12 digits with a valid check digit"
        case .ngo: "The non-governmental organisation delivering the services"
        case .project: "The social project's name"
        case .contract: "The state social order contract number"
        case .period: "The reporting period, from and to"
        case .report: "Who reports, on what, for which period"
        case .services: "The services delivered, at least one"
        }
    }

    func templateComment(_ comment: TemplateComment) -> String {
        switch comment {
        case .discussionBody: "the state body; required"
        case .topicsYear: "the year the topics are for"
        case .posted: "topics posted on the body's site; required"
        case .closed: "end of the discussion: no earlier than the 10th working day after posted"
        case .considered: "comments considered: within 3 working days after closed"
        case .reportPublished: "report on the discussion published: on or after considered"
        case .topics: "the form for posting topics; at least one"
        case .topicNumber: "the topic's number, unique"
        case .topicTitle: "the topic's title"
        case .funding: "funding, thousands of tenge, above 0"
        case .justification: "justification with its source"
        case .targetGroup: "target group"
        case .expectedResult: "expected result"
        case .comments: "the report form: a row per comment"
        case .commentTopic: "the topic's number"
        case .author: "who made it"
        case .summary: "what it proposes"
        case .decision: "the body's decision: accepted or rejected"
        case .reason: "why it was not accepted (for rejected)"
        case .totals: "totals: must match the rows"
        case .monitoringBody: "the state body"
        case .asOf: "the day the log is judged on; required"
        case .projects: "the social projects monitored"
        case .projectID: "the project's id, unique; required"
        case .projectTitle: "the project's title"
        case .ngo: "the NGO; the BIN in quotes"
        case .period: "the project's term; required"
        case .visits: "days monitored: at least once a quarter"
        case .reports: "reports to the authorized body: by 5 June and 5 December"
        case .report: "half (1 or 2), year, day submitted"
        }
    }

    func schemaDescription(_ description: SchemaDescription) -> String {
        switch description {
        case .discussionBody: "the state body"
        case .topicsYear: "the year the topics are for"
        case .posted: "topics posted on the body's site"
        case .closed: "the end of the discussion"
        case .considered: "comments considered"
        case .reportPublished: "the report on the discussion published"
        case .topicNumber: "the topic's number"
        case .topicTitle: "the topic's title"
        case .funding: "funding, thousands of tenge"
        case .justification: "justification with its source"
        case .targetGroup: "target group"
        case .expectedResult: "expected result"
        case .author: "who made it"
        case .summary: "what it proposes"
        case .decision: "the body's decision"
        case .reason: "why it was not accepted"
        case .projectID: "the project's id"
        case .projectTitle: "the project's title"
        case .bin: "the BIN, quoted"
        case .period: "the project's term"
        case .visits: "days monitoring was carried out"
        case .half: "the half-year"
        case .submitted: "the day submitted"
        case .monitoringBody: "the state body"
        case .asOf: "the day the log is judged on"
        }
    }
}
