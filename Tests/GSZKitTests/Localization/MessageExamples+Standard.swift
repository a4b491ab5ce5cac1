@testable import GSZKit

extension Examples {
    /// One of each problem a standard file can have.
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
        .unknownCheckField(field: "feedback.satisfaction", suggestion: "feedback.satisfied"),
        .unknownCheckField(field: "hours", suggestion: nil),
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

enum StandardProblemCase: String, CaseIterable {
    case noFiles, unknownFileRole, noHeader, secondHeader, duplicateID, undefinedKind, undefinedForm
    case undefinedIndicator, indicatorNotInTable, formInTwoRows, kindInTwoRows, rowWithoutForms, missingTranslation, minimalAboveMaximal
    case overlappingLevels, gappedLevels, reversedRange, checkMismatch, unitMismatch, unknownComputation
    case unknownInput, unknownCheckField, inputCount, missingCell, thresholdsInTwoTables, thresholdOutOfRange, exampleExpectsNothing
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
        case .unknownCheckField: .unknownCheckField
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
