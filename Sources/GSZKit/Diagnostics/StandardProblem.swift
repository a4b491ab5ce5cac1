/// A problem in a standard file, found when a standard is loaded or linted.
public enum StandardProblem: Hashable, Sendable {
    /// The folder holds no standard files.
    case noFiles
    /// A file whose top key is none of `standard`, `table`, `examples`.
    case unknownFileRole(found: String)
    /// No file declares the standard (`standard:`) with its kinds and indicators.
    case noHeader
    /// A second file declares the standard; the first is `first`.
    case secondHeader(first: String)
    /// An id used twice for the same kind of thing.
    case duplicateID(what: StandardItem, id: String)
    /// A table names a kind the standard does not declare.
    case undefinedKind(kind: String, suggestion: String?)
    /// A row names a form its kind does not declare.
    case undefinedForm(form: String, kind: String, suggestion: String?)
    /// A table or row names an indicator the standard does not declare.
    case undefinedIndicator(indicator: String, suggestion: String?)
    /// A row gives thresholds for an indicator its table does not list.
    case indicatorNotInTable(indicator: String, table: String)
    /// One form appears in two rows of the same table.
    case formInTwoRows(form: String, firstLine: Int)
    /// A table for a kind without forms has a second row; its one row is for the whole kind.
    case kindInTwoRows(kind: String, firstLine: Int)
    /// A row names no form of a kind that has forms, so it could never apply.
    case rowWithoutForms(kind: String, known: [String])
    /// A name lacks its text in one of the languages.
    case missingTranslation(field: String, language: Language)
    /// The minimal threshold is above the maximal one.
    case minimalAboveMaximal(indicator: String, minimal: Double, maximal: Double)
    /// The minimal level's range reaches into the maximal level's.
    case overlappingLevels(indicator: String, minimalTo: Double, maximalFrom: Double)
    /// Values between the minimal level's range and the maximal level's belong to neither.
    case gappedLevels(indicator: String, minimalTo: Double, maximalFrom: Double)
    /// A range whose start is above its end.
    case reversedRange(indicator: String, from: Double, to: Double)
    /// The thresholds' shape does not fit how the indicator is checked.
    case checkMismatch(indicator: String, check: String, expected: String)
    /// An indicator's unit does not fit what it computes.
    case unitMismatch(indicator: String, unit: String, expected: String)
    /// An indicator computes something gsz does not know.
    case unknownComputation(name: String, known: [String])
    /// An indicator reads a report field that does not exist or holds no number.
    case unknownInput(indicator: String, input: String, suggestion: String?)
    /// A check between service fields names one that is not a whole-number service field.
    case unknownCheckField(field: String, suggestion: String?)
    /// An indicator gives the wrong number of inputs for its computation.
    case inputCount(indicator: String, computation: String, expected: Int, given: Int)
    /// A row leaves out a column of its table; "-" says the standard sets nothing there.
    case missingCell(indicator: String, table: String)
    /// A form gets thresholds for the same indicator from two rows of different tables.
    case thresholdsInTwoTables(form: String, indicator: String, firstTable: String)
    /// A threshold outside the values the indicator can take (a share above 100%, a negative count).
    case thresholdOutOfRange(indicator: String, value: Double, lowest: Double, highest: Double?)
    /// A kept example writes down neither a verdict nor a level, so it could never fail.
    case exampleExpectsNothing(example: String)
    /// A kept example's service gets another verdict than the one it expects.
    case exampleVerdict(example: String, expected: String, actual: String)
    /// A kept example's indicator gets another level than the one it expects
    /// (`not_assessed` where the indicator does not apply).
    case exampleLevel(example: String, indicator: String, expected: String, actual: String)
    /// A kept example's service is not valid as a service of a report; a note under its errors.
    case exampleInvalid(example: String)
    /// A calendar file gives a date of another year than the one it declares.
    case dateOutsideYear(field: String, date: String, year: Int)
    /// A transfer's worked day is not a Saturday or Sunday (`weekend`), or its day off is not a weekday.
    case transferDay(field: String, date: String, weekend: Bool)
    /// A calendar example gets another answer than the one it expects.
    case calendarExample(example: String, expected: String, actual: String)
}

/// The things a standard file declares by id, as problems name them.
public enum StandardItem: String, Hashable, Sendable, CaseIterable {
    /// A service kind (`kinds:`).
    case kind
    /// A form of a kind (`forms:`).
    case form
    /// A service field (`fields:`).
    case field
    /// An indicator (`indicators:`).
    case indicator
    /// A threshold table (`table:`).
    case table
    /// A year of the working-day calendar (`calendar:`).
    case year
    /// A document family's deadlines (`discussion_rules:`, `monitoring_rules:`).
    case rules
}
