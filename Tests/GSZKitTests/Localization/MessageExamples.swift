import GSZYAML
@testable import GSZKit

/// One example of every sentence gsz can say, for the catalog tests.
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
        .duplicateServiceID(id: "S1", first: SourceLocation(line: 11, column: 9)),
        .noServices,
        .binLength(bin: "12345"),
        .binCheckDigit(bin: "180540012344"),
        .outsidePeriod(field: "dates.to", date: "2027-01-10", from: "2026-01-01", to: "2026-12-31"),
        .calendarNotCovered(field: "discussion.posted", year: 2028),
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
    ] + systemReasons.map { .cannotWrite(destination: "out/report.html", reason: $0) }

    /// `.other` carries the system's own text; an upper-case code keeps the word checks honest.
    static let systemReasons: [SystemReason] = [
        .permissionDenied, .noSuchFile, .isAFolder, .noSpace, .readOnly, .other("EIO"),
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

    static let yamlKinds: [YAMLError.Kind] = [
        .invalidUTF8(byte: 0xC3),
        .invalidUTF8(byte: nil),
        .notUTF8Encoding(.utf16),
        .notUTF8Encoding(.utf32),
        .controlCharacter(0),
        .unpairedSurrogate("\\ud83d"),
        .syntax(problem: "mapping values are not allowed in this context", context: "while parsing a block mapping"),
        .syntax(problem: "did not find expected key", context: nil),
        .empty,
        .multipleDocuments,
        .duplicateKey(key: "participants", first: SourceLocation(line: 5, column: 3)),
        .unsupportedTag("!!binary"),
        .tagMismatch(tag: "!!null", kind: .scalar, text: "12"),
        .tagMismatch(tag: "!!int", kind: .sequence, text: ""),
        .tagMismatch(tag: "!!str", kind: .mapping, text: ""),
        .undefinedAlias("base"),
        .tooLarge(limit: 16 << 20),
        .tooDeep(limit: 256),
        .tooDeep(limit: 21),
        .tooManyAliasedNodes(limit: 100_000),
        .tooManyNodes(limit: 2_000_000),
    ]

    static let standardProblems: [StandardProblem] = [
        .noFiles,
        .unknownFileRole(found: "rules"),
        .noHeader,
        .secondHeader(first: "Standards/standard.yaml"),
        .undefinedKind(kind: "trainings", suggestion: "training"),
        .undefinedKind(kind: "sport", suggestion: nil),
        .undefinedForm(form: "seminars", kind: "training", suggestion: "seminar"),
        .undefinedIndicator(indicator: "satisfation", suggestion: "satisfaction"),
        .indicatorNotInTable(indicator: "hours", table: "training-quality"),
        .formInTwoRows(form: "seminar", firstLine: 15),
        .kindInTwoRows(kind: "consulting", firstLine: 12),
        .rowWithoutForms(kind: "training", known: ["seminar", "course"]),
        .minimalAboveMaximal(indicator: "participants", minimal: 40, maximal: 35),
        .overlappingLevels(indicator: "satisfaction", minimalTo: 90, maximalFrom: 85),
        .gappedLevels(indicator: "satisfaction", minimalTo: 80, maximalFrom: 85),
        .reversedRange(indicator: "satisfaction", from: 84, to: 50),
        .checkMismatch(indicator: "hours", check: "at_least", expected: "{at_least: …}"),
        .unitMismatch(indicator: "days", unit: "hours", expected: "days"),
        .unknownComputation(name: "median", known: ["value", "count", "percent"]),
        .unknownInput(indicator: "hours", input: "hour", suggestion: "hours"),
        .inputCount(indicator: "satisfaction", computation: "percent", expected: 2, given: 1),
        .missingCell(indicator: "days", table: "training-conditions"),
        .thresholdsInTwoTables(form: "seminar", indicator: "participants", firstTable: "training-conditions"),
        .thresholdOutOfRange(indicator: "satisfaction", value: 120, lowest: 0, highest: 100),
        .thresholdOutOfRange(indicator: "participants", value: -3, lowest: 0, highest: nil),
        .exampleExpectsNothing(example: "seminar-36"),
        .exampleVerdict(example: "seminar-36", expected: "maximal", actual: "minimal"),
        .exampleLevel(example: "seminar-36", indicator: "participants", expected: "maximal", actual: "minimal"),
        .exampleInvalid(example: "seminar-0"),
        .dateOutsideYear(field: "calendar.holidays.date", date: "2025-03-08", year: 2026),
        .transferDay(field: "calendar.transfers.worked", date: "2024-05-06", weekend: true),
        .transferDay(field: "calendar.transfers.off", date: "2024-05-11", weekend: false),
        .calendarExample(example: "2026", expected: "247", actual: "246"),
    ] + StandardItem.allCases.map { .duplicateID(what: $0, id: "seminar") }
        + Language.allCases.map { .missingTranslation(field: "kinds.training.name", language: $0) }
}

// MARK: Case keys

enum MessageCase: String, CaseIterable {
    case noSuchFile, unreadable, notARegularFile, yaml, unknownDocument, twoDocuments, rootNotMapping, missingField, wrongType, keyNotText
    case tagNotForField, throughAlias
    case unknownKey, emptyText, negative, notPositive, numberTooLarge, malformedDate, nonexistentDate
    case reversedDates, dateAndDates, missingDates, exceeds, unknownValue, formRequired, formNotUsed
    case duplicateServiceID, noServices, binLength, binCheckDigit, outsidePeriod, hint, standard
    case calendarNotCovered, duplicateItem, visitOutsidePeriod, rulesMissing, emptyList, tooManyQuarters, competition
    case noReportsFound, standardUnusable, cannotWrite, outputExists, outputIsInput, outputTwice, moreNotShown, serverMissing, workbook, binaryToTerminal
}

extension Message {
    var caseKey: MessageCase {
        switch self {
        case .noSuchFile: .noSuchFile
        case .unreadable: .unreadable
        case .notARegularFile: .notARegularFile
        case .yaml: .yaml
        case .unknownDocument: .unknownDocument
        case .twoDocuments: .twoDocuments
        case .rootNotMapping: .rootNotMapping
        case .missingField: .missingField
        case .wrongType: .wrongType
        case .tagNotForField: .tagNotForField
        case .throughAlias: .throughAlias
        case .keyNotText: .keyNotText
        case .unknownKey: .unknownKey
        case .emptyText: .emptyText
        case .negative: .negative
        case .notPositive: .notPositive
        case .numberTooLarge: .numberTooLarge
        case .malformedDate: .malformedDate
        case .nonexistentDate: .nonexistentDate
        case .reversedDates: .reversedDates
        case .dateAndDates: .dateAndDates
        case .missingDates: .missingDates
        case .exceeds: .exceeds
        case .unknownValue: .unknownValue
        case .formRequired: .formRequired
        case .formNotUsed: .formNotUsed
        case .duplicateServiceID: .duplicateServiceID
        case .noServices: .noServices
        case .binLength: .binLength
        case .binCheckDigit: .binCheckDigit
        case .outsidePeriod: .outsidePeriod
        case .calendarNotCovered: .calendarNotCovered
        case .duplicateItem: .duplicateItem
        case .visitOutsidePeriod: .visitOutsidePeriod
        case .emptyList: .emptyList
        case .tooManyQuarters: .tooManyQuarters
        case .rulesMissing: .rulesMissing
        case .competition: .competition
        case .hint: .hint
        case .standard: .standard
        case .noReportsFound: .noReportsFound
        case .standardUnusable: .standardUnusable
        case .cannotWrite: .cannotWrite
        case .outputExists: .outputExists
        case .outputIsInput: .outputIsInput
        case .outputTwice: .outputTwice
        case .moreNotShown: .moreNotShown
        case .workbook: .workbook
        case .binaryToTerminal: .binaryToTerminal
        case .serverMissing: .serverMissing
        }
    }
}

enum HintCase: String, CaseIterable {
    case moreForLevel, morePositiveAnswers, topLevelReached, missingInput, noRespondents, requirementMet, requirementFailed
}

extension Hint {
    var caseKey: HintCase {
        switch self {
        case .moreForLevel: .moreForLevel
        case .morePositiveAnswers: .morePositiveAnswers
        case .topLevelReached: .topLevelReached
        case .missingInput: .missingInput
        case .noRespondents: .noRespondents
        case .requirementMet: .requirementMet
        case .requirementFailed: .requirementFailed
        }
    }
}

enum YAMLKindCase: String, CaseIterable {
    case invalidUTF8, notUTF8Encoding, controlCharacter, unpairedSurrogate, syntax, empty, multipleDocuments, duplicateKey
    case unsupportedTag, tagMismatch, undefinedAlias, tooLarge, tooDeep, tooManyAliasedNodes, tooManyNodes
}

extension YAMLError.Kind {
    var caseKey: YAMLKindCase {
        switch self {
        case .invalidUTF8: .invalidUTF8
        case .notUTF8Encoding: .notUTF8Encoding
        case .controlCharacter: .controlCharacter
        case .unpairedSurrogate: .unpairedSurrogate
        case .syntax: .syntax
        case .empty: .empty
        case .multipleDocuments: .multipleDocuments
        case .duplicateKey: .duplicateKey
        case .unsupportedTag: .unsupportedTag
        case .tagMismatch: .tagMismatch
        case .undefinedAlias: .undefinedAlias
        case .tooLarge: .tooLarge
        case .tooDeep: .tooDeep
        case .tooManyAliasedNodes: .tooManyAliasedNodes
        case .tooManyNodes: .tooManyNodes
        }
    }
}

enum StandardProblemCase: String, CaseIterable {
    case noFiles, unknownFileRole, noHeader, secondHeader, duplicateID, undefinedKind, undefinedForm
    case undefinedIndicator, indicatorNotInTable, formInTwoRows, kindInTwoRows, rowWithoutForms, missingTranslation, minimalAboveMaximal
    case overlappingLevels, gappedLevels, reversedRange, checkMismatch, unitMismatch, unknownComputation
    case unknownInput, inputCount, missingCell, thresholdsInTwoTables, thresholdOutOfRange, exampleExpectsNothing
    case exampleVerdict, exampleLevel, exampleInvalid, dateOutsideYear, transferDay, calendarExample
}

extension StandardProblem {
    var caseKey: StandardProblemCase {
        switch self {
        case .noFiles: .noFiles
        case .unknownFileRole: .unknownFileRole
        case .noHeader: .noHeader
        case .secondHeader: .secondHeader
        case .duplicateID: .duplicateID
        case .undefinedKind: .undefinedKind
        case .undefinedForm: .undefinedForm
        case .undefinedIndicator: .undefinedIndicator
        case .indicatorNotInTable: .indicatorNotInTable
        case .formInTwoRows: .formInTwoRows
        case .kindInTwoRows: .kindInTwoRows
        case .rowWithoutForms: .rowWithoutForms
        case .missingTranslation: .missingTranslation
        case .minimalAboveMaximal: .minimalAboveMaximal
        case .overlappingLevels: .overlappingLevels
        case .gappedLevels: .gappedLevels
        case .reversedRange: .reversedRange
        case .checkMismatch: .checkMismatch
        case .unitMismatch: .unitMismatch
        case .unknownComputation: .unknownComputation
        case .unknownInput: .unknownInput
        case .inputCount: .inputCount
        case .missingCell: .missingCell
        case .thresholdsInTwoTables: .thresholdsInTwoTables
        case .thresholdOutOfRange: .thresholdOutOfRange
        case .exampleExpectsNothing: .exampleExpectsNothing
        case .exampleVerdict: .exampleVerdict
        case .exampleLevel: .exampleLevel
        case .exampleInvalid: .exampleInvalid
        case .dateOutsideYear: .dateOutsideYear
        case .transferDay: .transferDay
        case .calendarExample: .calendarExample
        }
    }
}

enum SystemReasonCase: String, CaseIterable {
    case permissionDenied, noSuchFile, isAFolder, noSpace, readOnly, other
}

extension SystemReason {
    var caseKey: SystemReasonCase {
        switch self {
        case .permissionDenied: .permissionDenied
        case .noSuchFile: .noSuchFile
        case .isAFolder: .isAFolder
        case .noSpace: .noSpace
        case .readOnly: .readOnly
        case .other: .other
        }
    }
}

enum FoundValueCase: String, CaseIterable {
    case scalar, list, mapping
}

extension FoundValue {
    var caseKey: FoundValueCase {
        switch self {
        case .scalar: .scalar
        case .list: .list
        case .mapping: .mapping
        }
    }
}

/// The name of the case `value` is, as Swift spells it: the label of its payload, or the
/// value itself for a case without one.
func caseLabel(_ value: Any) -> String {
    Mirror(reflecting: value).children.first?.label ?? String(describing: value)
}
