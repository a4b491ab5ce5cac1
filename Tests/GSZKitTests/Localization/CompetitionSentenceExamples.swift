import Testing
@testable import GSZKit

/// One example of every competition sentence (and of every part its lists hold), with values
/// no other part of a sentence holds and the values each must carry in every language.
enum CompetitionSentenceExamples {
    private static let first = CalendarDate(year: 2026, month: 3, day: 9)!  // a real date
    private static let second = CalendarDate(year: 2026, month: 5, day: 11)!  // a real date
    private static let third = CalendarDate(year: 2026, month: 2, day: 2)!  // a real date
    private static let span = DateSpan(from: first, to: second)
    private static let dates = ["2026-03-09", "2026-05-11"]
    private static let focus = ScoringCriterion(id: "focus", name: LocalizedText(verbatim: "focus"), range: 1...7, source: "")
    private static let budget = ScoringCriterion(id: "budget", name: LocalizedText(verbatim: "budget"), range: 1...5, source: "")

    static let all: [(sentence: CompetitionSentence, values: [String])] = deadlines + scores + outcomes + commission

    private static let deadlines: [(sentence: CompetitionSentence, values: [String])] = [
        (.planMissing(days: 23), ["23"]),
        (.planInTime(actual: first, due: second, days: 23), dates + ["23"]),
        (.planLate(actual: first, due: second, budget: third, days: 23, late: 7), dates + ["2026-02-02", "23", "7"]),
        (.expertsMissing(days: 13), ["13"]),
        (.expertsInTime(actual: first, due: second, days: 13), dates + ["13"]),
        (.expertsLate(actual: first, due: second, closing: third, days: 13, late: 8), dates + ["2026-02-02", "13", "8"]),
        (.evaluationMissing(limit: 15), ["15"]),
        (.evaluationInTime(days: 12, limit: 15, span: span), dates + ["12", "15"]),
        (.evaluationTooLong(days: 19, limit: 15, span: span), dates + ["19", "15", "4"]),
        (.noAnnouncement, []),
        (.announcementComplete, []),
        (.announcementLacks(AnnouncementPart.allCases), []),
    ]

    private static let scores: [(sentence: CompetitionSentence, values: [String])] = [
        (.scoresWrong(item: "#row#", outside: [.init(criterion: focus, value: 9)], absent: [budget]),
         ["#row#", "focus", "9 (1–7)", "budget"]),
        (.scoresWithin(item: "#row#", total: 21, maximum: 26), ["#row#", "21", "26"]),
        (.scoreCounts(member: "#member#", application: "#A1#"), ["#member#", "#A1#"]),
        (.scoreDoesNotCount(member: "#member#", application: "#A1#", problem: .secretary), ["#member#", "#A1#"]),
        (.scoreDoesNotCount(member: "#member#", application: "#A1#", problem: .conflict), ["#member#", "#A1#"]),
        (.scoreDoesNotCount(member: "#member#", application: "#A1#", problem: .again), ["#member#", "#A1#"]),
        (.scoreDoesNotCount(member: "#member#", application: "#A1#", problem: .notOnCommission), ["#member#", "#A1#"]),
    ]

    private static let outcomes: [(sentence: CompetitionSentence, values: [String])] = [
        (.noApplication(topic: "#T1#"), ["#T1#"]),
        (.oneApplication(topic: "#T1#", application: "#A1#"), ["#T1#", "#A1#"]),
        (.oneAdmitted(topic: "#T1#", admitted: "#A1#", applications: 6), ["#T1#", "#A1#", "6"]),
        (.noneAdmitted(topic: "#T1#", applications: 6), ["#T1#", "6"]),
        (.noScores(topic: "#T1#"), ["#T1#"]),
        (.lowScores(topic: "#T1#", percent: 50, maximum: 26, best: "#A1#", score: 11), ["#T1#", "50", "26", "#A1#", "11"]),
        (.held(winner: "#A1#", score: 21, percent: 84, maximum: 26, tied: []), ["#A1#", "21", "84", "26"]),
        (.held(winner: "#A1#", score: 21, percent: 84, maximum: 26, tied: ["#A1#", "#A2#"]), ["#A1#", "21", "84", "26", "#A2#"]),
        (.refused(application: "#A1#"), ["#A1#"]),
        (.admittedWrongly(application: "#A1#", problems: [
            .late(submitted: DateTime(date: second, minutes: 61), deadline: DateTime(date: first, minutes: nil)),
            .languages(foreign: ["#de#"], allowed: ["kk", "ru"]), .notInDatabase,
        ]), ["#A1#", "2026-05-11 01:01", "2026-03-09", "#de#"]),
        (.admissionUnknown(application: "#A1#", lacking: [.submitted, .deadline, .submissionTime, .languages, .inDatabase]),
         ["#A1#", "submitted", "announcement.deadline", "languages", "in_ngo_database"]),
        (.admittedRightly(application: "#A1#"), ["#A1#"]),
    ]

    private static let commission: [(sentence: CompetitionSentence, values: [String])] = [
        (.noCommission, []),
        (.commissionSize(people: 13, limit: 15), ["13", "15"]),
        (.commissionTooLarge(people: 18, limit: 15), ["18", "15", "3"]),
        (.membersOdd(members: 9), ["9"]),
        (.membersEven(members: 10), ["10"]),
        (.rolesHeld, []),
        (.rolesWrong([.init(role: .chair, count: 2), .init(role: .deputy, count: 0), .init(role: .secretary, count: 3)]),
         ["2", "0", "3"]),
        (.sharesHeld(operators: 2, members: 9, allowed: 2, percent: 30), ["2", "9", "30"]),
        (.sharesOver(operators: 5, members: 9, allowed: 2, percent: 30), ["5", "9", "2", "30", "3"]),
        (.sharesUnknown(people: ["#P#", "#Q#"]), ["#P#", "#Q#"]),
        (.staff(people: ["#P#"]), ["#P#"]),
        (.staffUnknown(people: ["#P#", "#Q#"]), ["#P#", "#Q#"]),
        (.noStaff, []),
    ]
}

enum CompetitionSentenceCase: String, CaseIterable {
    case planMissing, planInTime, planLate, expertsMissing, expertsInTime, expertsLate, evaluationMissing
    case evaluationInTime, evaluationTooLong, noAnnouncement, announcementComplete, announcementLacks
    case scoresWrong, scoresWithin, scoreCounts, scoreDoesNotCount
    case noApplication, oneApplication, oneAdmitted, noneAdmitted, noScores, lowScores, held
    case refused, admittedWrongly, admissionUnknown, admittedRightly
    case noCommission, commissionSize, commissionTooLarge, membersOdd, membersEven, rolesHeld, rolesWrong
    case sharesHeld, sharesOver, sharesUnknown, staff, staffUnknown, noStaff
}

extension CompetitionSentence {
    /// The case, without its values: the test target does not build until a new case is named here.
    var caseKey: CompetitionSentenceCase {
        switch self {
        case .planMissing: .planMissing
        case .planInTime: .planInTime
        case .planLate: .planLate
        case .expertsMissing: .expertsMissing
        case .expertsInTime: .expertsInTime
        case .expertsLate: .expertsLate
        case .evaluationMissing: .evaluationMissing
        case .evaluationInTime: .evaluationInTime
        case .evaluationTooLong: .evaluationTooLong
        case .noAnnouncement: .noAnnouncement
        case .announcementComplete: .announcementComplete
        case .announcementLacks: .announcementLacks
        case .scoresWrong: .scoresWrong
        case .scoresWithin: .scoresWithin
        case .scoreCounts: .scoreCounts
        case .scoreDoesNotCount: .scoreDoesNotCount
        case .noApplication: .noApplication
        case .oneApplication: .oneApplication
        case .oneAdmitted: .oneAdmitted
        case .noneAdmitted: .noneAdmitted
        case .noScores: .noScores
        case .lowScores: .lowScores
        case .held: .held
        case .refused: .refused
        case .admittedWrongly: .admittedWrongly
        case .admissionUnknown: .admissionUnknown
        case .admittedRightly: .admittedRightly
        case .noCommission: .noCommission
        case .commissionSize: .commissionSize
        case .commissionTooLarge: .commissionTooLarge
        case .membersOdd: .membersOdd
        case .membersEven: .membersEven
        case .rolesHeld: .rolesHeld
        case .rolesWrong: .rolesWrong
        case .sharesHeld: .sharesHeld
        case .sharesOver: .sharesOver
        case .sharesUnknown: .sharesUnknown
        case .staff: .staff
        case .staffUnknown: .staffUnknown
        case .noStaff: .noStaff
        }
    }
}

/// Every case of `CompetitionSentence` has an example, so `CatalogueTests` words each in every language.
@Suite struct CompetitionSentenceExampleTests {
    @Test("every case of CompetitionSentence has an example")
    func everyCase() {
        let covered = Set(CompetitionSentenceExamples.all.map(\.sentence.caseKey))
        #expect(CompetitionSentenceCase.allCases.filter { !covered.contains($0) } == [])
    }
}
