import GSZYAML

/// Applies the rules of contract §10 to a competition that could be read, and works out
/// each topic's outcome from its scores.
struct CompetitionEvaluator: Sendable {
    /// The rules' numbers.
    public let rules: CompetitionRules
    /// The working days the deadlines count in.
    public let calendar: any WorkingDayCounting

    /// An evaluator with `rules` counting on `calendar`.
    public init(rules: CompetitionRules, calendar: any WorkingDayCounting) {
        self.rules = rules
        self.calendar = calendar
    }

    /// The findings, outcomes and any calendar errors for `document` in the file `path`.
    public func evaluate(_ document: CompetitionDocument, path: String) -> CompetitionEvaluation {
        var result = CompetitionEvaluation()
        var counter = DeadlineCounter(calendar: calendar, path: path)
        result.findings.append(planDeadline(document, counter: &counter))
        result.findings.append(announcementContents(document))
        result.findings += document.applications.map { admission($0, announcement: document.announcement) }
        result.findings += commissionFindings(document)
        result.findings.append(expertsNotified(document, counter: &counter))
        result.findings.append(evaluationLength(document, counter: &counter))
        let rows = scoreRowFindings(document)
        result.findings += rows.findings
        let byTopic = Dictionary(grouping: document.applications, by: \.topic)
        result.topics = document.topics.map { outcome(of: $0, applications: byTopic[$0.id] ?? [], valid: rows.valid) }
        var bag = DiagnosticBag(path: path)
        for diagnostic in counter.errors + counter.warnings { bag.append(diagnostic) }
        for topic in result.topics where topic.tied {
            let best = topic.ranking.first?.score ?? 0
            let tied = topic.ranking.filter { $0.score == best }.map(\.id)
            bag.warning(.competition(.tieForFirst(topic: topic.id, applications: tied, score: best, named: topic.winner ?? "")),
                        at: topic.location)
        }
        result.errors = bag.errors
        result.warnings = bag.warnings
        return result
    }

    /// Working days from `due` (excluded) to `actual` (included), at least 1: how late.
    func lateness(due: CalendarDate, actual: CalendarDate) -> Int {
        max(1, ((try? calendar.workingDays(from: due, to: actual)) ?? 2) - 1)
    }

    /// The words of one deadline rule: without its input, in time, late.
    struct DeadlineWords {
        let missing: LocalizedText
        let inTime: (_ actual: CalendarDate, _ due: CalendarDate) -> LocalizedText
        let late: (_ actual: CalendarDate, _ due: CalendarDate, _ lateBy: Int) -> LocalizedText
    }

    /// A "within `days` working days after `start`" rule met by `actual`: `missing` without
    /// either date (or when the calendar cannot count, an error already recorded).
    private func deadlineRule(
        _ rule: CompetitionRuleID, days: Int, after start: Placed<CalendarDate>?, field: String,
        actual: Placed<CalendarDate>?, otherwise place: SourceLocation, words: DeadlineWords,
        counter: inout DeadlineCounter
    ) -> RuleFinding {
        guard let start, let actual else {
            return RuleFinding(rule, .missing, words.missing, at: actual?.location ?? start?.location ?? place)
        }
        guard let due = counter.workingDay(days, after: start, field: field) else {
            return RuleFinding(rule, .missing, words.missing, at: actual.location)
        }
        let late = actual.value > due
        let message = late ? words.late(actual.value, due, lateness(due: due, actual: actual.value)) : words.inTime(actual.value, due)
        return RuleFinding(rule, late ? .noncompliant : .meets, message, at: actual.location, due: due, actual: actual.value)
    }

    private func planDeadline(_ document: CompetitionDocument, counter: inout DeadlineCounter) -> RuleFinding {
        let days = rules.planWorkingDays
        let budget = document.budgetApproved
        let words = DeadlineWords(
            missing: CompetitionSentence.planMissing(days: days).text,
            inTime: { CompetitionSentence.planInTime(actual: $0, due: $1, days: days).text },
            late: { CompetitionSentence.planLate(actual: $0, due: $1, budget: budget?.value ?? $1, days: days, late: $2).text })
        return deadlineRule(.planDeadline, days: days, after: budget, field: "competition.budget_approved",
                            actual: document.planApproved, otherwise: document.location, words: words, counter: &counter)
    }

    private func expertsNotified(_ document: CompetitionDocument, counter: inout DeadlineCounter) -> RuleFinding {
        let days = rules.expertsWorkingDays
        let closing = document.announcement?.deadline.map { Placed($0.value.date, at: $0.location) }
        let words = DeadlineWords(
            missing: CompetitionSentence.expertsMissing(days: days).text,
            inTime: { CompetitionSentence.expertsInTime(actual: $0, due: $1, days: days).text },
            late: { CompetitionSentence.expertsLate(actual: $0, due: $1, closing: closing?.value ?? $1, days: days, late: $2).text })
        return deadlineRule(.expertsNotified, days: days, after: closing, field: "competition.announcement.deadline",
                            actual: document.expertsNotified, otherwise: document.location, words: words, counter: &counter)
    }

    private func evaluationLength(_ document: CompetitionDocument, counter: inout DeadlineCounter) -> RuleFinding {
        let limit = rules.evaluationWorkingDays
        guard let span = document.evaluation else {
            return RuleFinding(.evaluationLength, .missing, CompetitionSentence.evaluationMissing(limit: limit).text,
                               at: document.location, limit: Double(limit))
        }
        guard let days = counter.workingDays(from: span.value.from, to: span.value.to, field: "competition.evaluation",
                                             at: span.location) else {
            return RuleFinding(.evaluationLength, .missing, CompetitionSentence.evaluationMissing(limit: limit).text,
                               at: span.location, limit: Double(limit))
        }
        let long = days > limit
        let sentence: CompetitionSentence = long ? .evaluationTooLong(days: days, limit: limit, span: span.value)
            : .evaluationInTime(days: days, limit: limit, span: span.value)
        return RuleFinding(.evaluationLength, long ? .noncompliant : .meets, sentence.text, at: span.location,
                           value: Double(days), limit: Double(limit))
    }

    private func announcementContents(_ document: CompetitionDocument) -> RuleFinding {
        guard let announcement = document.announcement else {
            return RuleFinding(.announcementContents, .missing, CompetitionSentence.noAnnouncement.text, at: document.location)
        }
        var lacking: [AnnouncementPart] = []
        switch announcement.deadline?.value.minutes {
        case nil where announcement.deadline == nil: lacking.append(.deadline)
        case nil: lacking.append(.deadlineTime)
        default: break
        }
        if announcement.documents?.isEmpty ?? true { lacking.append(.documents) }
        if announcement.projectTerms == nil { lacking.append(.projectTerms) }
        let sentence: CompetitionSentence = lacking.isEmpty ? .announcementComplete : .announcementLacks(lacking)
        return RuleFinding(.announcementContents, lacking.isEmpty ? .meets : .noncompliant, sentence.text,
                           at: announcement.location)
    }
}

/// What an announcement must give (slide «Конкурсный процесс. Планирование»).
enum AnnouncementPart: CaseIterable, Sendable {
    case deadline, deadlineTime, documents, projectTerms
}
