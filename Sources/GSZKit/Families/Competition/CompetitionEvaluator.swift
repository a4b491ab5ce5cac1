import GSZYAML

/// Applies the rules of contract §10 to a competition that could be read, and works out
/// each topic's outcome from its scores.
public struct CompetitionEvaluator: Sendable {
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
        var bag = DiagnosticBag(path: path)
        result.findings.append(planDeadline(document, bag: &bag))
        result.findings.append(announcementContents(document))
        result.findings += document.applications.map { admission($0, announcement: document.announcement) }
        result.findings += commissionFindings(document)
        result.findings.append(expertsNotified(document, bag: &bag))
        result.findings.append(evaluationLength(document, bag: &bag))
        let rows = scoreRowFindings(document)
        result.findings += rows.findings
        result.topics = document.topics.map { outcome(of: $0, in: document, valid: rows.valid) }
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

    /// The deadline `count` working days after `date`, or an error naming the year it needs.
    func deadline(_ count: Int, after date: Placed<CalendarDate>, field: String, bag: inout DiagnosticBag) -> CalendarDate? {
        do {
            return try calendar.workingDay(count, after: date.value)
        } catch {
            bag.error(.calendarNotCovered(field: field, year: error.year), at: date.location)
            return nil
        }
    }

    /// Working days from `due` (excluded) to `actual` (included), at least 1: how late.
    func lateness(due: CalendarDate, actual: CalendarDate) -> Int {
        max(1, ((try? calendar.workingDays(from: due, to: actual)) ?? 2) - 1)
    }

    private func planDeadline(_ document: CompetitionDocument, bag: inout DiagnosticBag) -> CompetitionFinding {
        let days = rules.planWorkingDays
        guard let budget = document.budgetApproved, let plan = document.planApproved else {
            return CompetitionFinding(.planDeadline, .missing, Sentences.planMissing(days: days),
                                      at: document.planApproved?.location ?? document.budgetApproved?.location ?? document.location)
        }
        guard let due = deadline(days, after: budget, field: "competition.budget_approved", bag: &bag) else {
            return CompetitionFinding(.planDeadline, .missing, Sentences.planMissing(days: days), at: plan.location)
        }
        let late = plan.value > due
        let message = late
            ? Sentences.planLate(actual: plan.value, due: due, budget: budget.value, days: days,
                                 late: lateness(due: due, actual: plan.value))
            : Sentences.planInTime(actual: plan.value, due: due, days: days)
        return CompetitionFinding(.planDeadline, late ? .noncompliant : .meets, message, at: plan.location,
                                  due: due, actual: plan.value)
    }

    private func expertsNotified(_ document: CompetitionDocument, bag: inout DiagnosticBag) -> CompetitionFinding {
        let days = rules.expertsWorkingDays
        guard let closing = document.announcement?.deadline, let notified = document.expertsNotified else {
            return CompetitionFinding(.expertsNotified, .missing, Sentences.expertsMissing(days: days),
                                      at: document.expertsNotified?.location ?? document.location)
        }
        let closingDay = Placed(closing.value.date, at: closing.location)
        guard let due = deadline(days, after: closingDay, field: "competition.announcement.deadline", bag: &bag) else {
            return CompetitionFinding(.expertsNotified, .missing, Sentences.expertsMissing(days: days), at: notified.location)
        }
        let late = notified.value > due
        let message = late
            ? Sentences.expertsLate(actual: notified.value, due: due, closing: closingDay.value, days: days,
                                    late: lateness(due: due, actual: notified.value))
            : Sentences.expertsInTime(actual: notified.value, due: due, days: days)
        return CompetitionFinding(.expertsNotified, late ? .noncompliant : .meets, message, at: notified.location,
                                  due: due, actual: notified.value)
    }

    private func evaluationLength(_ document: CompetitionDocument, bag: inout DiagnosticBag) -> CompetitionFinding {
        let limit = rules.evaluationWorkingDays
        guard let span = document.evaluation else {
            return CompetitionFinding(.evaluationLength, .missing, Sentences.evaluationMissing(limit: limit),
                                      at: document.location, limit: Double(limit))
        }
        let counted: Result<Int, UncoveredYear> = Result { () throws(UncoveredYear) in
            try calendar.workingDays(from: span.value.from, to: span.value.to)
        }
        guard case .success(let days) = counted else {
            if case .failure(let error) = counted {
                bag.error(.calendarNotCovered(field: "competition.evaluation", year: error.year), at: span.location)
            }
            return CompetitionFinding(.evaluationLength, .missing, Sentences.evaluationMissing(limit: limit),
                                      at: span.location, limit: Double(limit))
        }
        let long = days > limit
        return CompetitionFinding(.evaluationLength, long ? .noncompliant : .meets,
                                  Sentences.evaluation(days: days, limit: limit, span: span.value), at: span.location,
                                  value: Double(days), limit: Double(limit))
    }

    private func announcementContents(_ document: CompetitionDocument) -> CompetitionFinding {
        guard let announcement = document.announcement else {
            return CompetitionFinding(.announcementContents, .missing, Sentences.noAnnouncement, at: document.location)
        }
        var lacking: [AnnouncementPart] = []
        switch announcement.deadline?.value.minutes {
        case nil where announcement.deadline == nil: lacking.append(.deadline)
        case nil: lacking.append(.deadlineTime)
        default: break
        }
        if announcement.documents?.isEmpty ?? true { lacking.append(.documents) }
        if announcement.projectTerms == nil { lacking.append(.projectTerms) }
        return CompetitionFinding(.announcementContents, lacking.isEmpty ? .meets : .noncompliant,
                                  Sentences.announcement(lacking: lacking), at: announcement.location)
    }
}

/// What an announcement must give (slide «Конкурсный процесс. Планирование»).
enum AnnouncementPart: CaseIterable {
    case deadline, deadlineTime, documents, projectTerms
}
