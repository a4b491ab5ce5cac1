import GSZYAML
@testable import GSZKit

// MARK: Case keys
// Each catalogue's cases by name, so `MessageCatalogTests` sees that every case has an example.

enum MessageCase: String, CaseIterable {
    case noSuchFile, unreadable, notARegularFile, yaml, unknownDocument, twoDocuments, rootNotMapping, missingField, wrongType, keyNotText
    case unknownKey, emptyText, negative, notPositive, numberTooLarge, malformedDate, nonexistentDate
    case reversedDates, dateAndDates, missingDates, exceeds, unknownValue, formRequired, formNotUsed
    case duplicateServiceID, noServices, binLength, binCheckDigit, outsidePeriod, hint, standard
    case calendarNotCovered, duplicateItem, visitOutsidePeriod, rulesMissing, emptyList, tooManyQuarters, competition
    case noReportsFound, standardUnusable, cannotWrite, outputExists, outputIsInput, outputTwice, moreNotShown, serverMissing, workbook, binaryToTerminal
    case kindWithoutForms
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

enum YAMLKindCase: String, CaseIterable {
    case invalidUTF8, notUTF8Encoding, controlCharacter, syntax, empty, multipleDocuments, duplicateKey
    case unsupportedTag, undefinedAlias, tooLarge, tooDeep, tooManyAliasedNodes, tooManyNodes
}

extension YAMLError.Kind {
    var caseKey: YAMLKindCase {
        switch self {
        case .invalidUTF8: .invalidUTF8
        case .notUTF8Encoding: .notUTF8Encoding
        case .controlCharacter: .controlCharacter
        case .syntax: .syntax
        case .empty: .empty
        case .multipleDocuments: .multipleDocuments
        case .duplicateKey: .duplicateKey
        case .unsupportedTag: .unsupportedTag
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
