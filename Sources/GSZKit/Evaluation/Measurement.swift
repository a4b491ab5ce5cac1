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
    /// The value from `entries` (one per input, `nil` where the report lacks it), or the
    /// hint that says what is missing.
    func measure(_ entries: [FieldRecord.Entry?], inputs: [String]) -> Result<Measurement, HintError> {
        // No answers at all says more than a missing count of satisfied ones.
        if self == .percent, entries.count == 2, entries[1]?.value.numeric == 0 {
            return .failure(HintError(hint: .noRespondents))
        }
        if let absent = entries.firstIndex(where: { $0 == nil }) {
            return .failure(HintError(hint: .missingInput(field: inputs[absent])))
        }
        let values = entries.compactMap { $0?.value }
        switch self {
        case .value, .count:
            guard let value = values[0].numeric else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
            return .success(Measurement(value: value, fraction: nil))
        case .percent:
            guard let numerator = values[0].numeric, let denominator = values[1].numeric else {
                return .failure(HintError(hint: .missingInput(field: inputs[0])))
            }
            guard denominator > 0 else { return .failure(HintError(hint: .noRespondents)) }
            return .success(Measurement(value: 100 * numerator / denominator, fraction: (numerator, denominator)))
        case .calendarDays:
            guard case .span(let span) = values[0] else { return .failure(HintError(hint: .missingInput(field: inputs[0]))) }
            return .success(Measurement(value: Double(span.days), fraction: nil))
        }
    }
}

/// Why an indicator has no value: the hint to show instead.
struct HintError: Error {
    let hint: Hint
}
