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
                               message: DiscussionSentence.lengthMet(posted: discussion.posted.value, closed: closed.value,
                                                                     required: required, due: due).text,
                               location: closed.location, due: due, actual: closed.value)
        }
        guard let early = counter.workingDays(after: closed.value, through: due, field: "discussion.closed", at: closed.location)
        else { return nil }
        return RuleFinding(rule: "discussion.length", level: .noncompliant,
                           message: DiscussionSentence.lengthShort(closed: closed.value, early: early, required: required, due: due).text,
                           location: closed.location, due: due, actual: closed.value)
    }

    /// `discussion.considered`: after `closed`, no later than the N-th working day after it.
    private mutating func considered(_ discussion: Discussion) -> RuleFinding? {
        let within = rules.consideredWorkingDays
        guard let considered = discussion.considered else {
            let due = counter.workingDayIfCovered(within, after: discussion.closed.value)
            return RuleFinding(rule: "discussion.considered", level: .missing,
                               message: DiscussionSentence.consideredMissing(within: within, due: due).text,
                               location: discussion.location, due: due, isDeadline: true)
        }
        guard let due = counter.workingDay(within, after: discussion.closed, field: "discussion.closed") else { return nil }
        let finding = { (level: IndicatorLevel, message: LocalizedText) in
            RuleFinding(rule: "discussion.considered", level: level, message: message, location: considered.location,
                        due: due, actual: considered.value)
        }
        if considered.value <= discussion.closed.value {
            return finding(.noncompliant, DiscussionSentence.consideredTooEarly(
                considered: considered.value, closed: discussion.closed.value, due: due).text)
        }
        if considered.value > due {
            guard let late = counter.workingDays(after: due, through: considered.value, field: "discussion.considered",
                                                 at: considered.location) else { return nil }
            return finding(.noncompliant, DiscussionSentence.consideredLate(
                considered: considered.value, late: late, within: within, due: due).text)
        }
        return finding(.meets, DiscussionSentence.consideredMet(considered: considered.value, within: within, due: due).text)
    }

    /// `discussion.report`: published on or after the day the comments were considered.
    private func report(_ discussion: Discussion) -> RuleFinding {
        guard let published = discussion.reportPublished else {
            return RuleFinding(rule: "discussion.report", level: .missing, message: DiscussionSentence.reportMissing.text,
                               location: discussion.location)
        }
        guard let considered = discussion.considered else {
            return RuleFinding(rule: "discussion.report", level: .missing,
                               message: DiscussionSentence.reportUnjudged(published: published.value).text, location: published.location)
        }
        let met = published.value >= considered.value
        return RuleFinding(rule: "discussion.report", level: met ? .meets : .noncompliant,
                           message: met ? DiscussionSentence.reportMet(published: published.value, considered: considered.value).text
                                        : DiscussionSentence.reportEarly(published: published.value, considered: considered.value).text,
                           location: published.location)
    }

    /// `topic.fields`: the posting form's three descriptive fields given.
    private func topicFields(_ topic: Discussion.Topic) -> RuleFinding {
        var lacking: [DiscussionTopicField] = []
        if topic.justification == nil { lacking.append(.justification) }
        if topic.targetGroup == nil { lacking.append(.targetGroup) }
        if topic.expectedResult == nil { lacking.append(.expectedResult) }
        return RuleFinding(rule: "topic.fields", level: lacking.isEmpty ? .meets : .missing,
                           message: lacking.isEmpty ? DiscussionSentence.topicComplete(number: topic.number).text
                                                    : DiscussionSentence.topicIncomplete(number: topic.number, lacking: lacking).text,
                           location: topic.location, item: String(topic.number))
    }

    /// `comment.reason`: a rejected comment gives why.
    private func reason(_ comment: Discussion.Comment) -> RuleFinding {
        let given = comment.reason != nil
        return RuleFinding(rule: "comment.reason", level: given ? .meets : .noncompliant,
                           message: given ? DiscussionSentence.reasonGiven(position: comment.position, author: comment.author).text
                                          : DiscussionSentence.reasonMissing(position: comment.position, author: comment.author,
                                                                             topic: comment.topic).text,
                           location: comment.location, item: String(comment.position))
    }

    /// `comment.totals`: the stated totals equal the rows' counts.
    private func totals(_ totals: Placed<Discussion.Totals>, _ comments: [Discussion.Comment]) -> RuleFinding {
        let accepted = comments.filter(\.accepted).count
        let counted = Discussion.Totals(accepted: accepted, rejected: comments.count - accepted)
        let met = totals.value == counted
        return RuleFinding(rule: "comment.totals", level: met ? .meets : .noncompliant,
                           message: (met ? DiscussionSentence.totalsMatch(counted: counted)
                                         : .totalsDiffer(stated: totals.value, counted: counted)).text,
                           location: totals.location)
    }
}
