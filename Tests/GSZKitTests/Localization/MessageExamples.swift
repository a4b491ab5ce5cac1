import GSZYAML
@testable import GSZKit

/// One example of every sentence gsz can say, for the catalog tests (the case keys are in
/// `MessageCaseKeys.swift`).
///
/// Each enum gets a `…Case` mirror, a `CaseIterable` list of its case names, and a `caseKey`
/// that maps a value to its name through an exhaustive `switch`. A new `Message` case does not
/// compile until `caseKey` names it; once it does, `MessageCatalogTests` fails until an
/// example below uses it. `caseLabel` checks the mirror names match the real cases, so a new
/// case cannot hide behind an old key.
enum Examples {
    static let messages: [Message] = fileMessages + reportMessages + commandMessages
        + hints.map(Message.hint) + yamlKinds.map(Message.yaml) + standardProblems.map(Message.standard)
        + competitionProblems.map(Message.competition) + workbookProblems.map(Message.workbook)
        + [.binaryToTerminal(format: "xlsx")]

    static let fileMessages: [Message] = [
        .noSuchFile,
        .notARegularFile,
    ] + systemReasons.map { .unreadable(reason: $0) }

    static let reportMessages: [Message] = [
        .unknownDocument(found: ["ngo", "items"], known: ["report", "discussion"]),
        .unknownDocument(found: [], known: ["report"]),
        .twoDocuments(first: "report", second: "discussion"),
        .rootNotMapping,
        .missingField(field: "report.ngo.bin"),
        .keyNotText,
        .unknownKey(key: "participans", suggestion: "participants"),
        .unknownKey(key: "colour", suggestion: nil),
        .emptyText(field: "report.ngo.name"),
        .negative(field: "participants", value: "-3"),
        .notPositive(field: "hours", value: "0"),
        .numberTooLarge(field: "participants"),
        .malformedDate(field: "date", text: "10.02.2026"),
        .nonexistentDate(field: "dates.from", text: "2026-02-30"),
        .reversedDates(field: "dates", from: "2026-03-02", to: "2026-02-10"),
        .dateAndDates,
        .missingDates,
        .exceeds(field: "feedback.satisfied", value: 25, limitField: "feedback.respondents", limit: 20),
        .unknownValue(field: "form", value: "workshop", known: ["seminar", "training"], suggestion: "seminar"),
        .unknownValue(field: "kind", value: "sport", known: ["training", "consulting"], suggestion: nil),
        .formRequired(kind: "training", known: ["seminar", "course"]),
        .formNotUsed(kind: "consulting"),
        .fieldNotForKind(field: "consultations", kind: "training", kinds: ["consulting", "events"]),
        .wrongType(field: "", expected: .mapping, found: .list),
        .duplicateServiceID(id: "S1", first: SourceLocation(line: 11, column: 9)),
        .noServices,
        .binLength(bin: "12345"),
        .binCheckDigit(bin: "180540012344"),
        .outsidePeriod(field: "dates.to", date: "2027-01-10", from: "2026-01-01", to: "2026-12-31"),
        .calendarNotCovered(field: "discussion.posted", year: 2028),
        .provisionalCalendar(field: "discussion.posted", year: 2027),
        .duplicateItem(field: "topics.no", id: "1", first: SourceLocation(line: 8, column: 9)),
        .emptyList(field: "topics"),
        .tooManyQuarters(limit: 50000),
        .visitOutsidePeriod(project: "P1", date: "2026-01-15", from: "2026-02-01", to: "2026-11-30"),
        .rulesMissing(document: "discussion", key: "discussion_rules"),
        .tagNotForField(field: "participants", tag: "!!float", expected: .integer),
        .throughAlias(written: 9, anchor: 8),
    ] + ValueKind.allCases.enumerated().map { index, kind in
        let found: [FoundValue] = [.scalar("двадцать"), .list, .mapping]
        return .wrongType(field: "participants", expected: kind, found: found[index % found.count])
    }

    static let commandMessages: [Message] = [
        .noReportsFound(paths: ["reports", "old.yaml"], extensions: [".yaml", ".yml", ".json"]),
        .spreadsheetsPassedOver(paths: ["reports/a.ods", "reports/b.xls"], more: 0),
        .spreadsheetsPassedOver(paths: ["reports/a.ods"], more: 3),
        .standardUnusable(path: "Standards"),
        .standardUnusable(path: nil),
        .cannotWrite(destination: nil, reason: .noSpace),
        .outputExists(path: "report.yaml"),
        .outputIsInput(destination: "report.yaml", input: "reports/report.yaml"),
        .outputIsInput(destination: nil, input: "report.yaml"),
        .outputTwice(destination: "out.json"),
        .outputTwice(destination: nil),
        .moreNotShown(count: 989_900, severity: .warning),
        .moreNotShown(count: 1, severity: .error),
        .moreNotShown(count: 22, severity: .error),
        .serverMissing(searched: ["/usr/local/bin", "/usr/bin"]),
        .kindWithoutForms(kind: "consulting", form: "seminar"),
    ] + systemReasons.map { .cannotWrite(destination: "out/report.html", reason: $0) }

    /// `.other` carries the system's own text; an upper-case code keeps the word checks honest.
    static let systemReasons: [SystemReason] = [
        .permissionDenied, .noSuchFile, .notAFolder, .isAFolder, .noSpace, .readOnly, .badDescriptor, .tooManyOpenFiles,
        .linkLoop, .nameTooLong, .brokenPipe, .ioError, .other("EIO"),
    ]

    static let hints: [Hint] = MeasureUnit.allCases.flatMap { unit in
        // 1, 3, 5 and 21 take different Russian forms; 0.5 a fraction's.
        [1.0, 3, 5, 21, 0.5].map { Hint.moreForLevel(need: $0, unit: unit, level: .maximal, threshold: 35) }
    } + [
        .moreForLevel(need: 3, unit: .people, level: .minimal, threshold: 12),
        .morePositiveAnswers(need: 3, respondents: 18, level: .maximal, threshold: 85),
        .morePositiveAnswers(need: 1, respondents: 15, level: .minimal, threshold: 50),
        .topLevelReached(threshold: 35, unit: .people),
        .topLevelReached(threshold: 85, unit: .percent),
        .missingInput(field: "provider.experience_years"),
        .noRespondents,
        .requirementMet(value: 4, bound: .atLeast, threshold: 2, unit: .hours),
        .requirementMet(value: 1, bound: .atMost, threshold: 4, unit: .days),
        .requirementFailed(value: 0.5, bound: .atLeast, threshold: 1, gap: 0.5, unit: .years),
        .requirementFailed(value: 5, bound: .atMost, threshold: 4, gap: 1, unit: .days),
    ]
}

