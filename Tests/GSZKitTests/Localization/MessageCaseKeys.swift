import GSZYAML
@testable import GSZKit

// MARK: Case keys
// Each catalogue's cases by name, so `MessageCatalogTests` sees that every case has an example.

enum MessageCase: String, CaseIterable {
    case noSuchFile, unreadable, notARegularFile, yaml, unknownDocument, twoDocuments, rootNotMapping, missingField, wrongType, keyNotText
    case unknownKey, emptyText, negative, notPositive, numberTooLarge, malformedDate, nonexistentDate
    case reversedDates, dateAndDates, missingDates, exceeds, unknownValue, formRequired, formNotUsed, fieldNotForKind
    case duplicateServiceID, noServices, binLength, binCheckDigit, outsidePeriod, hint, standard
    case calendarNotCovered, provisionalCalendar, duplicateItem, visitOutsidePeriod, rulesMissing, emptyList, tooManyQuarters, competition
    case noReportsFound, spreadsheetsPassedOver, standardUnusable, cannotWrite, outputExists, outputIsInput, outputTwice, moreNotShown, serverMissing, workbook, binaryToTerminal
    case kindWithoutForms, tagNotForField, throughAlias
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
        case .fieldNotForKind: .fieldNotForKind
        case .duplicateServiceID: .duplicateServiceID
        case .noServices: .noServices
        case .binLength: .binLength
        case .binCheckDigit: .binCheckDigit
        case .outsidePeriod: .outsidePeriod
        case .calendarNotCovered: .calendarNotCovered
        case .provisionalCalendar: .provisionalCalendar
        case .duplicateItem: .duplicateItem
        case .visitOutsidePeriod: .visitOutsidePeriod
        case .emptyList: .emptyList
        case .tooManyQuarters: .tooManyQuarters
        case .rulesMissing: .rulesMissing
        case .competition: .competition
        case .hint: .hint
        case .standard: .standard
        case .noReportsFound: .noReportsFound
        case .spreadsheetsPassedOver: .spreadsheetsPassedOver
        case .standardUnusable: .standardUnusable
        case .cannotWrite: .cannotWrite
        case .outputExists: .outputExists
        case .outputIsInput: .outputIsInput
        case .outputTwice: .outputTwice
        case .moreNotShown: .moreNotShown
        case .workbook: .workbook
        case .binaryToTerminal: .binaryToTerminal
        case .serverMissing: .serverMissing
        case .kindWithoutForms: .kindWithoutForms
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

enum SystemReasonCase: String, CaseIterable {
    case permissionDenied, noSuchFile, notAFolder, isAFolder, noSpace, readOnly, badDescriptor, tooManyOpenFiles
    case linkLoop, nameTooLong, brokenPipe, ioError, other
}

extension SystemReason {
    var caseKey: SystemReasonCase {
        switch self {
        case .permissionDenied: .permissionDenied
        case .noSuchFile: .noSuchFile
        case .isAFolder: .isAFolder
        case .noSpace: .noSpace
        case .readOnly: .readOnly
        case .notAFolder: .notAFolder
        case .badDescriptor: .badDescriptor
        case .tooManyOpenFiles: .tooManyOpenFiles
        case .linkLoop: .linkLoop
        case .nameTooLong: .nameTooLong
        case .brokenPipe: .brokenPipe
        case .ioError: .ioError
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
