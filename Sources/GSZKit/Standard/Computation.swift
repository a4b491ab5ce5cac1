/// How an indicator's value is computed from a service's fields.
public enum Computation: String, Sendable, CaseIterable {
    /// The number in one field (participants, hours, experience).
    case value
    /// A count: a whole number, or the items of a list (success stories).
    case count
    /// 100 × first ÷ second, unrounded; no value when the second is 0 (satisfaction).
    case percent
    /// Calendar days of a date span, both ends counted (a one-day event lasts 1).
    case calendarDays = "calendar_days"

    /// How many fields it reads.
    var inputCount: Int { self == .percent ? 2 : 1 }

    /// The report field types each input may have.
    var acceptedInputs: [FieldType.Shape] {
        switch self {
        case .value: [.wholeNumber, .number]
        case .count: [.wholeNumber, .countOrList]
        case .percent: [.wholeNumber]
        case .calendarDays: [.dateSpan]
        }
    }

    /// The units a result of this computation can be in.
    var fittingUnits: [MeasureUnit] {
        switch self {
        case .percent: [.percent]
        case .calendarDays: [.days]
        case .value, .count: MeasureUnit.allCases.filter { $0 != .percent }
        }
    }
}
