/// A sentence of the discussion rules, with its values: what was found and what to do; each
/// catalogue words it.
enum DiscussionSentence: Sendable {
    /// The discussion ran from `posted` to `closed`, at least `required` working days (closing on `due` at the earliest).
    case lengthMet(posted: CalendarDate, closed: CalendarDate, required: Int, due: CalendarDate)
    /// The discussion closed on `closed`, `early` working days before `due`.
    case lengthShort(closed: CalendarDate, early: Int, required: Int, due: CalendarDate)
    /// No day the comments were considered; they are due `within` working days, by `due` where the calendar covers it.
    case consideredMissing(within: Int, due: CalendarDate?)
    /// The comments were considered on or before the day the discussion `closed`.
    case consideredTooEarly(considered: CalendarDate, closed: CalendarDate, due: CalendarDate)
    /// The comments were considered `late` working days after `due`.
    case consideredLate(considered: CalendarDate, late: Int, within: Int, due: CalendarDate)
    /// The comments were considered in time.
    case consideredMet(considered: CalendarDate, within: Int, due: CalendarDate)
    /// No day the report on the discussion was published.
    case reportMissing
    /// The report was published on `published`, but no day the comments were considered says whether in time.
    case reportUnjudged(published: CalendarDate)
    /// The report was published before the comments were considered.
    case reportEarly(published: CalendarDate, considered: CalendarDate)
    /// The report was published on or after the day the comments were considered.
    case reportMet(published: CalendarDate, considered: CalendarDate)
    /// Topic `number` lacks the fields `lacking` of the posting form.
    case topicIncomplete(number: Int, lacking: [DiscussionTopicField])
    /// Topic `number` has all the posting form's fields.
    case topicComplete(number: Int)
    /// The comment at `position`, by `author` on `topic`, is rejected without a reason.
    case reasonMissing(position: Int, author: String, topic: Int)
    /// The comment at `position`, by `author`, is rejected with a reason.
    case reasonGiven(position: Int, author: String)
    /// The stated totals match the rows' counts.
    case totalsMatch(counted: Discussion.Totals)
    /// The stated totals differ from the rows' counts.
    case totalsDiffer(stated: Discussion.Totals, counted: Discussion.Totals)

    /// The sentence in every language, as a finding carries it.
    var text: LocalizedText {
        LocalizedText(wording: { $0.catalogue.discussionSentence(self) })
    }
}

/// A field of the posting form a topic may lack, by its key; each catalogue names it.
enum DiscussionTopicField: String, CaseIterable, Sendable {
    /// The justification, with its source.
    case justification
    /// The target group of the population.
    case targetGroup = "target_group"
    /// The expected result.
    case expectedResult = "expected_result"
}
