/// The values a level stands for, between the thresholds that bound it: `minimal` of a
/// graded indicator is `[minimal, maximal)`, a failed "at least 2" is `(-∞, 2)`.
///
/// A shown value must fall inside its level's span, or the number would contradict the level
/// beside it ("85% … minimal", "2.5 hours: at least 2.5 required"): `NumberText` gives it as
/// many decimals as that takes.
public struct ValueSpan: Sendable {
    /// The lower threshold, and whether the span includes it.
    public var lower: (value: Double, included: Bool)?
    /// The upper threshold, and whether the span includes it.
    public var upper: (value: Double, included: Bool)?

    /// Every value: nothing to keep the shown number away from.
    public static let any = ValueSpan(lower: nil, upper: nil)

    /// Values at least `threshold`.
    public static func from(_ threshold: Double) -> ValueSpan { ValueSpan(lower: (threshold, true), upper: nil) }
    /// Values above `threshold`.
    public static func above(_ threshold: Double) -> ValueSpan { ValueSpan(lower: (threshold, false), upper: nil) }
    /// Values below `threshold`.
    public static func below(_ threshold: Double) -> ValueSpan { ValueSpan(lower: nil, upper: (threshold, false)) }
    /// Values at most `threshold`.
    public static func upTo(_ threshold: Double) -> ValueSpan { ValueSpan(lower: nil, upper: (threshold, true)) }
    /// `threshold` alone: a threshold shown exactly as the standard wrote it.
    public static func exactly(_ threshold: Double) -> ValueSpan {
        ValueSpan(lower: (threshold, true), upper: (threshold, true))
    }

    /// The span a requirement's level stands for: met or not, at least or at most `threshold`.
    public static func requirement(_ bound: Bound, _ threshold: Double, met: Bool) -> ValueSpan {
        switch (bound, met) {
        case (.atLeast, true): .from(threshold)
        case (.atLeast, false): .below(threshold)
        case (.atMost, true): .upTo(threshold)
        case (.atMost, false): .above(threshold)
        }
    }

    /// Whether `value` lies inside.
    public func contains(_ value: Double) -> Bool {
        if let lower, value < lower.value || (value == lower.value && !lower.included) { return false }
        if let upper, value > upper.value || (value == upper.value && !upper.included) { return false }
        return true
    }
}
