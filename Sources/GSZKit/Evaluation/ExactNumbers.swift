/// Whole numbers kept exact from the report to every output. A Double holds every integer
/// only up to 2^53: `participants: 12345678901234567` came out as `1.2345678901234568e+16`
/// and `success_stories: 9007199254740993` as `9007199254740992.0`. Levels are still
/// judged on the Double (thresholds are far below 2^53); what is shown is the Int.
extension FieldValue {
    /// The value as written, when it is a whole number or a count.
    var exactWhole: Int? {
        switch self {
        case .wholeNumber(let value), .count(let value): value
        case .number, .text, .date, .span: nil
        }
    }
}

extension Computation {
    /// The one whole number this computation passes on unchanged (`value` and `count` of a
    /// whole-number field), or nil when it computes something new (a percentage, days).
    func wholeInput(_ fields: FieldRecord, slots: [Int]) -> Int? {
        guard self == .value || self == .count, slots.count == 1 else { return nil }
        return fields.entry(slot: slots[0])?.value.exactWhole
    }
}
