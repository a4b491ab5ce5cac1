/// The sentences of a competition's findings and outcomes, in English.
extension EnglishCatalogue {
    // Longer than 60 lines: one switch over the whole table, so that the compiler lists a
    // sentence left unworded; the lists inside sentences are worded by the functions below.
    func competitionSentence(_ sentence: CompetitionSentence) -> String {
        let days = { (count: Int) in self.counted(.workingDay, count) }
        switch sentence {
        case .planMissing(let limit):
            return "the budget's or the Plan's approval date is not given: give budget_approved and plan_approved to check the \(days(limit))"
        case .planInTime(let actual, let due, let limit):
            return "the Plan was approved on \(actual), in time: by \(due) (\(days(limit)) after the budget)"
        case .planLate(let actual, let due, let budget, let limit, let late):
            return "the Plan was approved on \(actual), \(days(late)) late: it must be approved within \(days(limit)) of the budget (\(budget)), by \(due)"
        case .expertsMissing(let limit):
            return "the deadline or the day the experts were notified is not given: give announcement.deadline and experts_notified to check the \(days(limit))"
        case .expertsInTime(let actual, let due, let limit):
            return "the experts got the applicant list and the conflict-of-interest form on \(actual), in time: by \(due) (\(days(limit)))"
        case .expertsLate(let actual, let due, let closing, let limit, let late):
            return "the experts were notified on \(actual), \(days(late)) late: the applicant list and the conflict-of-interest form must go out within \(days(limit)) of the deadline (\(closing)), by \(due)"
        case .evaluationMissing(let limit):
            return "the evaluation's dates are not given: give evaluation {from, to} to check it took at most \(days(limit))"
        case .evaluationInTime(let taken, let limit, let span):
            return "the evaluation took \(days(taken)) (\(span.from) to \(span.to)): at most \(days(limit))"
        case .evaluationTooLong(let taken, let limit, let span):
            return "the evaluation took \(days(taken)) (\(span.from) to \(span.to)), \(days(taken - limit)) too many: the commission must score the applications within \(days(limit))"
        case .noAnnouncement:
            return "the announcement is not described: give announcement with the deadline's date and time, the list of documents and the project terms"
        case .announcementComplete:
            return "the announcement gives the deadline with its time, the documents required and the project terms"
        case .announcementLacks(let parts):
            return "the announcement lacks " + parts.map(Self.part).joined(separator: "; ") + ": it must give them"
        case .scoresWrong(let item, let outside, let absent):
            let list = CompetitionSentence.wrongScores(outside, absent: absent, in: .en)
            return "scores '\(item)': \(list): each criterion takes a whole score within its range; the row does not count towards the score"
        case .scoresWithin(let item, let total, let maximum):
            return "scores '\(item)': all within range, \(Wording.number(total, .en)) of \(maximum) in total"
        case .scoreCounts(let name, let application):
            return "'\(name)' is a member of the commission with no conflict of interest in '\(application)'"
        case .scoreDoesNotCount(let name, let application, let problem):
            return Self.scoreDoesNotCount(name, application, problem)
        case .noApplication(let topic):
            return Self.failed(topic, 1) + "no application was submitted"
        case .oneApplication(let topic, let id):
            return Self.failed(topic, 2) + "only one application was submitted, '\(id)'"
        case .oneAdmitted(let topic, let id, let applications):
            return Self.failed(topic, 3) + "of \(counted(.application, applications)), only one was admitted, '\(id)'"
        case .noneAdmitted(let topic, let applications):
            return Self.failed(topic, 4) + "none of the \(counted(.application, applications)) was admitted"
        case .noScores(let topic):
            return Self.failed(topic, 5) + "no admitted application has a score that counts"
        case .lowScores(let topic, let percent, let maximum, let best, let score):
            return Self.failed(topic, 5) + "no application scored more than \(percent)% of \(maximum): the best, '\(best)', scored \(Wording.number(score, .en))"
        case .held(let winner, let score, let percent, let maximum, let tied):
            let held = "the competition was held: '\(winner)' won with \(Wording.number(score, .en)) of \(maximum) (\(Wording.number(percent, .en))%)"
            guard !tied.isEmpty else { return held }
            return held + "; \(Wording.list(tied, .en)) tie for first: the first in the file is named, and the commission must decide"
        case .refused(let id):
            return "application '\(id)' was not admitted: refusing is the operator's call, so the rule is met"
        case .admittedWrongly(let id, let problems):
            return "application '\(id)' was admitted although " + problems.map(Self.problem).joined(separator: "; ") + ": it should have been refused"
        case .admissionUnknown(let id, let lacking):
            return "the admission of '\(id)' cannot be judged: give " + lacking.map(Self.input).joined(separator: ", ")
        case .admittedRightly(let id):
            return "application '\(id)' came in time, in Kazakh and/or Russian, from an NGO in the database"
        case .commissionSize(let count, let limit):
            return "the commission has \(counted(.person, count)) with the secretary: at most \(counted(.person, limit))"
        case .commissionTooLarge(let count, let limit):
            return "the commission has \(counted(.person, count)) with the secretary, \(counted(.person, count - limit)) too many: at most \(counted(.person, limit))"
        case .membersOdd(let count):
            return "the commission has \(counted(.member, count)) besides the secretary, an odd number"
        case .membersEven(let count):
            return "the commission has \(counted(.member, count)) besides the secretary, an even number that can tie a vote: add or remove one member"
        case .rolesHeld:
            return "the commission has one chair, one deputy and one secretary"
        case .rolesWrong(let counts):
            let now = counts.map { "\(Self.roles($0.role)): \($0.count)" }.joined(separator: ", ")
            return "the commission needs exactly one chair, one deputy and one secretary; it has \(now)"
        case .sharesHeld(let operators, let count, let allowed, let percent):
            return "the operator proposed \(operators) of the \(count) members: at most \(percent)% (\(allowed)), the rest by NGOs"
        case .sharesOver(let operators, let count, let allowed, let percent):
            return "the operator proposed \(operators) of the \(count) members, but at most \(percent)% may be, \(allowed): replace \(operators - allowed) of them with experts proposed by NGOs"
        case .sharesUnknown(let names):
            return "who proposed \(Wording.list(names, .en)) is not given: give proposed_by (operator or ngo)"
        case .staff(let names):
            return "\(Wording.list(names, .en)): an employee of the operator cannot be a member of the commission; replace them or make them the secretary"
        case .staffUnknown(let names):
            return "whether \(Wording.list(names, .en)) work for the operator is not given: give operator_staff (true or false)"
        case .noStaff:
            return "no member of the commission is an employee of the operator"
        case .noCommission:
            return "the commission is not given: list its members and secretary under commission"
        }
    }

    private static func failed(_ topic: String, _ ground: Int) -> String {
        "the competition on '\(topic)' failed (ground \(ground)): "
    }

    private static func part(_ part: AnnouncementPart) -> String {
        switch part {
        case .deadline: "the deadline (date and time)"
        case .deadlineTime: "the deadline's time (only its date is given)"
        case .documents: "the list of documents required"
        case .projectTerms: "the project terms"
        }
    }

    private static func scoreDoesNotCount(_ name: String, _ application: String, _ problem: ScoreMemberProblem) -> String {
        switch problem {
        case .secretary:
            "'\(name)' is the commission's secretary and does not score: the scores for '\(application)' do not count"
        case .conflict:
            "'\(name)' declared a conflict of interest in '\(application)' and may not score it: the scores do not count"
        case .again:
            "'\(name)' has already scored '\(application)': each member scores an application once, so this row does not count"
        case .notOnCommission: "'\(name)' is not on the commission: the scores for '\(application)' do not count"
        }
    }

    private static func problem(_ problem: AdmissionProblem) -> String {
        switch problem {
        case .late(let submitted, let deadline): "submitted \(submitted), after the deadline (\(deadline))"
        case .languages(let foreign, _): "in \(Wording.list(foreign, .en)), not Kazakh and/or Russian"
        case .notInDatabase: "the applicant is not in the Database of NGOs"
        }
    }

    private static func input(_ input: AdmissionInput) -> String {
        switch input {
        case .submitted: "when it was submitted (submitted)"
        case .deadline: "the deadline (announcement.deadline)"
        case .submissionTime: "the time it was submitted on the deadline's day"
        case .languages: "its languages (languages)"
        case .inDatabase: "whether the applicant is in the NGO database (in_ngo_database)"
        }
    }

    /// A role, before how many hold it: "chairs: 2".
    private static func roles(_ role: CommissionRole) -> String {
        switch role {
        case .chair: "chairs"
        case .deputy: "deputies"
        case .secretary: "secretaries"
        case .member: "members"
        }
    }
}
