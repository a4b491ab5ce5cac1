import GSZYAML

extension CompetitionEvaluator {
    /// `application.admission` for one application: an admitted one must have come in time,
    /// in the allowed languages, from an NGO in the database; a refused one meets, since
    /// refusing is the operator's call.
    func admission(
        _ application: CompetitionDocument.Application, announcement: CompetitionDocument.Announcement?
    ) -> RuleFinding {
        let id = application.id
        guard application.admitted else {
            return RuleFinding(.applicationAdmission, .meets, CompetitionSentence.refused(application: id).text,
                               at: application.location, item: id)
        }
        var broken: [AdmissionProblem] = []
        var unknown: [AdmissionInput] = []
        switch (application.submitted, announcement?.deadline) {
        case (let submitted?, let deadline?):
            switch submitted.value.isLater(than: deadline.value) {
            case true?: broken.append(.late(submitted: submitted.value, deadline: deadline.value))
            case false?: break
            case nil: unknown.append(.submissionTime)
            }
        case (nil, _): unknown.append(.submitted)
        case (_, nil): unknown.append(.deadline)
        }
        if let languages = application.languages, !languages.value.isEmpty {
            let allowed = Set(rules.languages.map { $0.lowercased() })
            let foreign = languages.value.filter { !allowed.contains($0.lowercased()) }
            if !foreign.isEmpty { broken.append(.languages(foreign: foreign, allowed: rules.languages)) }
        } else {
            unknown.append(.languages)
        }
        switch application.inNGODatabase?.value {
        case false?: broken.append(.notInDatabase)
        case true?: break
        case nil: unknown.append(.inDatabase)
        }
        let level: IndicatorLevel = !broken.isEmpty ? .noncompliant : !unknown.isEmpty ? .missing : .meets
        let sentence: CompetitionSentence = !broken.isEmpty ? .admittedWrongly(application: id, problems: broken)
            : !unknown.isEmpty ? .admissionUnknown(application: id, lacking: unknown) : .admittedRightly(application: id)
        let message = sentence.text
        let place = level == .noncompliant ? brokenPlace(broken[0], application) : application.location
        guard case .late(let submitted, let deadline)? = broken.first else {
            return RuleFinding(.applicationAdmission, level, message, at: place, item: id)
        }
        return RuleFinding(.applicationAdmission, level, message, at: place, item: id, due: deadline.date, actual: submitted.date)
    }

    private func brokenPlace(_ problem: AdmissionProblem, _ application: CompetitionDocument.Application) -> SourceLocation {
        switch problem {
        case .late: application.submitted?.location ?? application.location
        case .languages: application.languages?.location ?? application.location
        case .notInDatabase: application.inNGODatabase?.location ?? application.location
        }
    }
}

/// Why an admitted application should not have been admitted.
enum AdmissionProblem: Sendable {
    case late(submitted: DateTime, deadline: DateTime)
    case languages(foreign: [String], allowed: [String])
    case notInDatabase
}

/// What an admission cannot be judged without.
enum AdmissionInput: Sendable {
    case submitted, deadline, submissionTime, languages, inDatabase
}
