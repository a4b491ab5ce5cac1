import Foundation
import Testing
@testable import GSZKit

/// Every word of every table in every language's catalogue is there: one trimmed line, and in
/// Russian and Kazakh written in Cyrillic rather than the English word left in its place; every
/// sentence carries the values it is given.
/// (Messages and code explanations have their own suites, with an example for each case.)
@Suite struct CatalogueTests {
    /// Each table's words in `language`, named for the failure message.
    private static func words(in language: Language) -> [(name: String, text: String)] {
        let catalogue = language.catalogue
        return Label.allCases.map { ("Label.\($0)", catalogue.label($0)) }
            + IndicatorLevel.allCases.map { ("IndicatorLevel.\($0)", catalogue.levelName($0)) }
            + Verdict.allCases.map { ("Verdict.\($0)", catalogue.verdictName($0)) }
            + TableWording.allCases.map { ("TableWording.\($0)", catalogue.tableWord($0)) }
            + WorkbookWord.allCases.map { ("WorkbookWord.\($0)", catalogue.workbookWord($0)) }
            + ResultsWord.allCases.map { ("ResultsWord.\($0)", catalogue.resultsWord($0)) }
            + CompetitionWord.allCases.map { ("CompetitionWord.\($0)", catalogue.competitionWord($0)) }
            + CompetitionFileWord.allCases.map { ("CompetitionFileWord.\($0)", catalogue.competitionFileWord($0)) }
            + nouns(in: catalogue)
            + FigureWord.allCases.map { ("FigureWord.\($0)", catalogue.figureWord($0)) }
            + TemplateWord.allCases.map { ("TemplateWord.\($0)", catalogue.templateWord($0)) }
            + CalendarWord.allCases.map { ("CalendarWord.\($0)", catalogue.calendarWord($0)) }
            + PassWord.allCases.map { ("PassWord.\($0)", catalogue.passWord($0)) }
            + FilingWording.allCases.map { ("FilingWording.\($0)", catalogue.filingWord($0)) }
            + IndexWording.allCases.map { ("IndexWording.\($0)", catalogue.indexWord($0)) }
            + ColumnWord.allCases.map { ("ColumnWord.\($0)", catalogue.columnWord($0)) }
            + Verdict.allCases.map { ("Verdict.\($0) abbreviated", catalogue.verdictAbbreviation($0)) }
            + CodeWording.allCases.map { ("CodeWording.\($0)", catalogue.codeWord($0)) }
            + Weekday.allCases.map { ("Weekday.\($0)", catalogue.weekday($0)) }
            + DiscussionTopicField.allCases.map { ("DiscussionTopicField.\($0)", catalogue.discussionTopicField($0)) }
            + CoreFieldSummary.allCases.map { ("CoreFieldSummary.\($0)", catalogue.coreFieldSummary($0)) }
            + TemplateComment.allCases.map { ("TemplateComment.\($0)", catalogue.templateComment($0)) }
            + SchemaDescription.allCases.map { ("SchemaDescription.\($0)", catalogue.schemaDescription($0)) }
            + LibyamlProblem.allCases.map { ("LibyamlProblem.\($0)", catalogue.libyamlProblem($0)) }
            + LibyamlContext.allCases.map { ("LibyamlContext.\($0)", catalogue.libyamlContext($0)) }
    }

    /// The sentences with values, worded with values no other part of the sentence holds.
    private static func sentences(in language: Language) -> [(name: String, text: String, values: [String])] {
        let catalogue = language.catalogue
        let shares = CommissionShares(people: 11, members: 10, operators: 3, operatorsPercent: "30",
                                      limit: "33,33", ngos: 7, ngosPercent: "70")
        return competitionSentences(in: language) + [
            ("place", catalogue.place(line: 6, column: 10), ["6", "10"]),
            ("lintProblems", catalogue.lintProblems(7), ["7"]),
            ("exampleSummary", catalogue.exampleSummary(run: "#run#", failed: 4), ["#run#", "4"]),
            ("competitionFailed", catalogue.competitionFailed(ground: "3"), ["3"]),
            ("commissionShares", catalogue.commissionShares(shares), ["11", "10", "3", "30", "33,33", "7", "70"]),
            ("ruleChecksMet", catalogue.ruleChecksMet(12), ["12"]),
            ("topicsFailedFigure", catalogue.topicsFailedFigure(ground: 4), ["4"]),
            ("passCounts", catalogue.passCounts(passing: 8, failing: 5), ["8", "5"]),
            ("halfYear", catalogue.halfYear(2, year: 2029), ["2", "2029"]),
            ("duplicateReport", catalogue.duplicateReport(path: "#b#", first: "#a#", sameContent: true), ["#b#", "#a#"]),
            ("duplicateReport", catalogue.duplicateReport(path: "#b#", first: "#a#", sameContent: false), ["#b#", "#a#"]),
        ] + calendarSentences(in: language) + discussionSentences(in: language) + monitoringSentences(in: language)
    }

    /// Every calendar sentence, with dates and names no other part of a sentence holds.
    private static func calendarSentences(in language: Language) -> [(name: String, text: String, values: [String])] {
        let first = CalendarDate(year: 2026, month: 3, day: 9)!  // a real date
        let second = CalendarDate(year: 2026, month: 5, day: 11)!  // a real date
        let sentences: [(String, CalendarSentence, [String])] = [
            ("heading", .heading(year: 2027, mark: " (#mark#)", counts: "#counts#"), ["2027", " (#mark#)", "#counts#"]),
            ("provisionalNote", .provisionalNote(years: "2028"), ["2028"]),
            ("holidayMoved", .holidayMoved(name: "#name#", weekday: "#weekday#", movedTo: first), ["#name#", "#weekday#", "2026-03-09"]),
            ("holidayNotMoved", .holidayNotMoved(name: "#name#"), ["#name#"]),
            ("substitute", .substitute(date: first, name: "#name#"), ["2026-03-09", "#name#"]),
            ("transferredOff", .transferredOff(worked: first, order: "#order#"), ["2026-03-09", "#order#"]),
            ("transferredWorking", .transferredWorking(off: second, order: "#order#"), ["2026-05-11", "#order#"]),
        ]
        return sentences.map { ("CalendarSentence.\($0.0)", $0.1.text(in: language), $0.2) }
    }

    /// Every sentence of the discussion rules, with numbers and names no other part of a sentence holds.
    private static func discussionSentences(in language: Language) -> [(name: String, text: String, values: [String])] {
        let posted = CalendarDate(year: 2026, month: 3, day: 9)!  // a real date
        let closed = CalendarDate(year: 2026, month: 5, day: 11)!  // a real date
        let due = CalendarDate(year: 2027, month: 8, day: 14)!  // a real date
        let counted = Discussion.Totals(accepted: 51, rejected: 52), stated = Discussion.Totals(accepted: 53, rejected: 54)
        let sentences: [(String, DiscussionSentence, [String])] = [
            ("lengthMet", .lengthMet(posted: posted, closed: closed, required: 41, due: due), ["2026-03-09", "2026-05-11", "41", "2027-08-14"]),
            ("lengthShort", .lengthShort(closed: closed, early: 42, required: 41, due: due), ["2026-05-11", "42", "41", "2027-08-14"]),
            ("consideredMissing", .consideredMissing(within: 43, due: due), ["43", "2027-08-14"]),
            ("consideredMissing", .consideredMissing(within: 43, due: nil), ["43"]),
            ("consideredTooEarly", .consideredTooEarly(considered: posted, closed: closed, due: due), ["2026-03-09", "2026-05-11", "2027-08-14"]),
            ("consideredLate", .consideredLate(considered: posted, late: 44, within: 43, due: due), ["2026-03-09", "44", "43", "2027-08-14"]),
            ("consideredMet", .consideredMet(considered: posted, within: 43, due: due), ["2026-03-09", "43", "2027-08-14"]),
            ("reportMissing", .reportMissing, ["report_published"]),
            ("reportUnjudged", .reportUnjudged(published: posted), ["2026-03-09", "considered"]),
            ("reportEarly", .reportEarly(published: posted, considered: closed), ["2026-03-09", "2026-05-11"]),
            ("reportMet", .reportMet(published: posted, considered: closed), ["2026-03-09", "2026-05-11"]),
            ("topicIncomplete", .topicIncomplete(number: 45, lacking: [.justification, .expectedResult]), ["45"]),
            ("topicComplete", .topicComplete(number: 45), ["45"]),
            ("reasonMissing", .reasonMissing(position: 46, author: "#author#", topic: 47), ["46", "#author#", "47", "reason"]),
            ("reasonGiven", .reasonGiven(position: 46, author: "#author#"), ["46", "#author#"]),
            ("totalsMatch", .totalsMatch(counted: counted), ["totals", "51", "52"]),
            ("totalsDiffer", .totalsDiffer(stated: stated, counted: counted), ["totals", "53", "54", "51", "52"]),
        ]
        return sentences.map { ("DiscussionSentence.\($0.0)", $0.1.text[language], $0.2) }
    }

    /// Every sentence of the monitoring rules, with numbers and names no other part of a sentence holds.
    private static func monitoringSentences(in language: Language) -> [(name: String, text: String, values: [String])] {
        let first = CalendarDate(year: 2026, month: 3, day: 9)!  // a real date
        let second = CalendarDate(year: 2026, month: 5, day: 11)!  // a real date
        let window = DateSpan(from: first, to: second)
        let sentences: [(String, MonitoringSentence, [String])] = [
            ("visited", .visited(project: "#P#", quarter: "#Q#", visits: [first, second]), ["#P#", "#Q#", "2026-03-09", "2026-05-11"]),
            ("notVisited", .notVisited(project: "#P#", quarter: "#Q#", window: window, visits: 47, required: 48),
             ["#P#", "#Q#", "2026-03-09", "2026-05-11", "47", "48"]),
            ("noReport", .noReport(half: 1, year: 2031, due: first), ["2031", "2026-03-09"]),
            ("noSubmission", .noSubmission(half: 2, year: 2031, due: first), ["2031", "submitted", "2026-03-09"]),
            ("reportInTime", .reportInTime(half: 1, year: 2031, submitted: first, due: second), ["2031", "2026-03-09", "2026-05-11"]),
            ("reportLate", .reportLate(half: 2, year: 2031, submitted: second, late: 49, due: first), ["2031", "2026-05-11", "49", "2026-03-09"]),
        ]
        return sentences.map { ("MonitoringSentence.\($0.0)", $0.1.text[language], $0.2) }
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x04FF).contains(scalar.value)
    }

    /// Every noun after the counts that pick different forms in some language (1, 2, 5, 1.5).
    private static func nouns(in catalogue: any Catalogue) -> [(name: String, text: String)] {
        CountedNoun.allCases.flatMap { noun in
            [1.0, 2, 5, 1.5].map { ("CountedNoun.\(noun) after \($0)", catalogue.noun(noun, count: $0)) }
        }
    }

    /// Every competition sentence, from its examples.
    private static func competitionSentences(in language: Language) -> [(name: String, text: String, values: [String])] {
        CompetitionSentenceExamples.all.map { example in
            ("CompetitionSentence.\(example.sentence.caseKey)", language.catalogue.competitionSentence(example.sentence),
             example.values)
        }
    }

    @Test(arguments: Language.allCases)
    func everyWordHasText(in language: Language) {
        for (name, text) in Self.words(in: language) + Self.sentences(in: language).map({ ($0.name, $0.text) }) {
            #expect(!text.isEmpty, "\(language) has no text for \(name)")
            #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(language) \(name): '\(text)'")
            #expect(!text.contains("\n"), "\(language) \(name) is one line: '\(text)'")
        }
    }

    @Test(arguments: [Language.ru, .kk])
    func russianAndKazakhAreNotEnglishLeftInPlace(_ language: Language) {
        let english = Self.words(in: .en) + Self.sentences(in: .en).map { ($0.name, $0.text) }
        let own = Self.words(in: language) + Self.sentences(in: language).map { ($0.name, $0.text) }
        for ((name, text), (_, englishText)) in zip(own, english) {
            #expect(text != englishText, "\(language) \(name) is the English '\(text)'")
            #expect(text.unicodeScalars.contains(where: Self.isCyrillic), "\(language) \(name) has no Cyrillic: '\(text)'")
        }
    }

    @Test(arguments: Language.allCases)
    func sentencesCarryTheirValues(in language: Language) {
        for (name, text, values) in Self.sentences(in: language) {
            for value in values { #expect(text.contains(value), "\(language) \(name) lacks \(value): '\(text)'") }
        }
    }

    @Test(arguments: Language.allCases)
    func sheetNamesOfEachWorkbookDiffer(in language: Language) {
        let catalogue = language.catalogue
        let results = [catalogue.resultsWord(.totals), catalogue.resultsWord(.files), catalogue.label(.services),
                       catalogue.resultsWord(.rules), catalogue.resultsWord(.problems)]
        #expect(Set(results).count == results.count, "\(results)")
        #expect(catalogue.workbookWord(.headerSheet) != catalogue.workbookWord(.servicesSheet))
    }
}
