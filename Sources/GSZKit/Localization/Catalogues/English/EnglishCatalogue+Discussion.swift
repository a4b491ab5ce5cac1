/// The sentences of the discussion rules, in English.
extension EnglishCatalogue {
    func discussionSentence(_ sentence: DiscussionSentence) -> String {
        let days = { (count: Int) in CalendarWording.workingDays(count, in: .en) }
        let q = { (text: String) in Wording.quote(text, .en) }
        return switch sentence {
        case .lengthMet(let posted, let closed, let required, let due):
            "the discussion ran from \(posted) to \(closed): at least \(days(required)), as required (closing on \(due) at the earliest)"
        case .lengthShort(let closed, let early, let required, let due):
            "the discussion closed on \(closed), \(days(early)) early: it must run \(days(required)), to \(due)"
        case .consideredMissing(let within, let due):
            "the comments are not recorded as considered: give \(q("considered")), within \(days(within)) after the discussion closed"
                + (due.map { ", no later than \($0)" } ?? "")
        case .consideredTooEarly(let considered, let closed, let due):
            "the comments were considered on \(considered), not after the discussion closed on \(closed): consider them after it, by \(due)"
        case .consideredLate(let considered, let late, let within, let due):
            "the comments were considered on \(considered), \(days(late)) late: they must be considered within \(days(within)) after the discussion closed, by \(due)"
        case .consideredMet(let considered, let within, let due):
            "the comments were considered on \(considered), within \(days(within)) after the discussion closed (by \(due))"
        case .reportMissing:
            "the report on the discussion is not recorded as published: give \(q("report_published")), on or after the day the comments were considered"
        case .reportUnjudged(let published):
            "the report was published on \(published), but without \(q("considered")) it cannot be judged: give the day the comments were considered"
        case .reportEarly(let published, let considered):
            "the report was published on \(published), before the comments were considered on \(considered): publish it on or after \(considered)"
        case .reportMet(let published, let considered):
            "the report was published on \(published), after the comments were considered on \(considered)"
        case .topicIncomplete(let number, let lacking):
            "topic \(number): no \(lacking.map(discussionTopicField).joined(separator: ", ")); the posting form asks for all three"
        case .topicComplete(let number):
            "topic \(number): justification, target group and expected result are given"
        case .reasonMissing(let position, let author, let topic):
            "comment \(position) (\(author), topic \(topic)) is rejected without a reason: give \(q("reason")), why it was not accepted"
        case .reasonGiven(let position, let author):
            "comment \(position) (\(author)) is rejected with a reason"
        case .totalsMatch(let counted):
            "\(q("totals")) match the rows: \(counted.accepted) accepted, \(counted.rejected) rejected"
        case .totalsDiffer(let stated, let counted):
            "\(q("totals")) say \(stated.accepted) accepted and \(stated.rejected) rejected, but the rows have \(counted.accepted) and \(counted.rejected): correct the totals"
        }
    }

    func discussionTopicField(_ field: DiscussionTopicField) -> String {
        switch field {
        case .justification: "justification with its source"
        case .targetGroup: "target group"
        case .expectedResult: "expected result"
        }
    }
}
