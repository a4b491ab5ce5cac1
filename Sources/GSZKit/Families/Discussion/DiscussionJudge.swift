import GSZYAML

/// Applies the rules of contract §9 to a discussion that has no input errors; each rule
/// gives a finding, and a count that needs a year the calendar lacks gives an input error.
struct DiscussionJudge {
    let rules: DiscussionRules
    var counter: DeadlineCounter

    init(rules: DiscussionRules, calendar: WorkingCalendar, path: String) {
        self.rules = rules
        counter = DeadlineCounter(calendar: calendar, path: path)
    }

    /// The findings in the order the contract lists the rules.
    mutating func judge(_ discussion: Discussion) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        if let length = length(discussion) { findings.append(length) }
        if let considered = considered(discussion) { findings.append(considered) }
        findings.append(report(discussion))
        findings += discussion.topics.map(topicFields)
        findings += discussion.comments.filter { !$0.accepted }.map(reason)
        if let totals = discussion.totals { findings.append(self.totals(totals, discussion.comments)) }
        return findings
    }

    /// `discussion.length`: `closed` no earlier than the N-th working day after `posted`.
    private mutating func length(_ discussion: Discussion) -> RuleFinding? {
        let required = rules.lengthWorkingDays
        let closed = discussion.closed
        guard let due = counter.workingDay(required, after: discussion.posted, field: "discussion.posted") else { return nil }
        if closed.value >= due {
            return RuleFinding(rule: "discussion.length", level: .meets,
                               message: DiscussionWording.lengthMet(posted: discussion.posted.value, closed: closed.value,
                                                                    required: required, due: due),
                               location: closed.location, due: due, actual: closed.value)
        }
        guard let early = counter.workingDays(after: closed.value, through: due, field: "discussion.closed", at: closed.location)
        else { return nil }
        return RuleFinding(rule: "discussion.length", level: .noncompliant,
                           message: DiscussionWording.lengthShort(closed: closed.value, early: early, required: required, due: due),
                           location: closed.location, due: due, actual: closed.value)
    }

    /// `discussion.considered`: after `closed`, no later than the N-th working day after it.
    private mutating func considered(_ discussion: Discussion) -> RuleFinding? {
        let within = rules.consideredWorkingDays
        guard let considered = discussion.considered else {
            let due = counter.workingDayIfCovered(within, after: discussion.closed.value)
            return RuleFinding(rule: "discussion.considered", level: .missing,
                               message: DiscussionWording.consideredMissing(within: within, due: due),
                               location: discussion.location, due: due, isDeadline: true)
        }
        guard let due = counter.workingDay(within, after: discussion.closed, field: "discussion.closed") else { return nil }
        let finding = { (level: IndicatorLevel, message: LocalizedText) in
            RuleFinding(rule: "discussion.considered", level: level, message: message, location: considered.location,
                        due: due, actual: considered.value)
        }
        if considered.value <= discussion.closed.value {
            return finding(.noncompliant, DiscussionWording.consideredTooEarly(
                considered: considered.value, closed: discussion.closed.value, due: due))
        }
        if considered.value > due {
            guard let late = counter.workingDays(after: due, through: considered.value, field: "discussion.considered",
                                                 at: considered.location) else { return nil }
            return finding(.noncompliant, DiscussionWording.consideredLate(
                considered: considered.value, late: late, within: within, due: due))
        }
        return finding(.meets, DiscussionWording.consideredMet(considered: considered.value, within: within, due: due))
    }

    /// `discussion.report`: published on or after the day the comments were considered.
    private func report(_ discussion: Discussion) -> RuleFinding {
        guard let published = discussion.reportPublished else {
            return RuleFinding(rule: "discussion.report", level: .missing, message: DiscussionWording.reportMissing(),
                               location: discussion.location)
        }
        guard let considered = discussion.considered else {
            return RuleFinding(rule: "discussion.report", level: .missing,
                               message: DiscussionWording.reportUnjudged(published: published.value), location: published.location)
        }
        let met = published.value >= considered.value
        return RuleFinding(rule: "discussion.report", level: met ? .meets : .noncompliant,
                           message: met ? DiscussionWording.reportMet(published: published.value, considered: considered.value)
                                        : DiscussionWording.reportEarly(published: published.value, considered: considered.value),
                           location: published.location)
    }

    /// `topic.fields`: the posting form's three descriptive fields given.
    private func topicFields(_ topic: Discussion.Topic) -> RuleFinding {
        var lacking: [String] = []
        if topic.justification == nil { lacking.append("justification") }
        if topic.targetGroup == nil { lacking.append("target_group") }
        if topic.expectedResult == nil { lacking.append("expected_result") }
        return RuleFinding(rule: "topic.fields", level: lacking.isEmpty ? .meets : .missing,
                           message: lacking.isEmpty ? DiscussionWording.topicComplete(number: topic.number)
                                                    : DiscussionWording.topicIncomplete(number: topic.number, lacking: lacking),
                           location: topic.location, item: String(topic.number))
    }

    /// `comment.reason`: a rejected comment gives why.
    private func reason(_ comment: Discussion.Comment) -> RuleFinding {
        let given = comment.reason != nil
        return RuleFinding(rule: "comment.reason", level: given ? .meets : .noncompliant,
                           message: given ? DiscussionWording.reasonGiven(position: comment.position, author: comment.author)
                                          : DiscussionWording.reasonMissing(position: comment.position, author: comment.author,
                                                                            topic: comment.topic),
                           location: comment.location, item: String(comment.position))
    }

    /// `comment.totals`: the stated totals equal the rows' counts.
    private func totals(_ totals: Placed<Discussion.Totals>, _ comments: [Discussion.Comment]) -> RuleFinding {
        let accepted = comments.filter(\.accepted).count
        let counted = Discussion.Totals(accepted: accepted, rejected: comments.count - accepted)
        return RuleFinding(rule: "comment.totals", level: totals.value == counted ? .meets : .noncompliant,
                           message: DiscussionWording.totals(stated: totals.value, counted: counted), location: totals.location)
    }
}
