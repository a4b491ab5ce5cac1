/// An indicator's computed value, with the exact fraction behind a percentage so that
/// thresholds are compared without rounding (17 of 20 is exactly 85%).
struct Measurement {
    let value: Double
    /// For a percentage: positive answers and respondents.
    let fraction: (numerator: Double, denominator: Double)?

    /// Whether the value is at least `threshold`.
    func reaches(_ threshold: Double) -> Bool {
        if let fraction { return fraction.numerator * 100 >= threshold * fraction.denominator }
        return value >= threshold
    }

    /// Whether the value is at most `threshold`.
    func staysWithin(_ threshold: Double) -> Bool {
        if let fraction { return fraction.numerator * 100 <= threshold * fraction.denominator }
        return value <= threshold
    }
}

extension Computation {
    /// The value from the fields of `record` in `slots` (named `inputs` in hints), or the
    /// hint that says what is missing. Computations read one or two fields.
    func measure(_ record: FieldRecord, slots: [Int], inputs: [String]) -> Result<Measurement, HintError> {
        let first = record.entry(slot: slots[0])?.value
        let second = slots.count > 1 ? record.entry(slot: slots[1])?.value : nil
        // No answers at all says more than a missing count of satisfied ones.
        if self == .percent, second?.numeric == 0 { return .failure(HintError(hint: .noRespondents)) }
        guard let first else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
        switch self {
        case .value, .count:
            guard let value = first.numeric else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
            return .success(Measurement(value: value, fraction: nil))
        case .percent:
            guard let numerator = first.numeric else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
            guard let denominator = second?.numeric else { return .failure(HintError(hint: .missingInput(field: inputs[1]))) }
            guard denominator > 0 else { return .failure(HintError(hint: .noRespondents)) }
            return .success(Measurement(value: 100 * numerator / denominator, fraction: (numerator, denominator)))
        case .calendarDays:
            guard case .span(let span) = first else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
            return .success(Measurement(value: Double(span.days), fraction: nil))
        }
    }
}

/// Why an indicator has no value: the hint to show instead.
struct HintError: Error {
    let hint: Hint
}
