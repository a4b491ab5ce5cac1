/// The numbers of a requirement's sentence, as every language shows them: the value inside the
/// span its level stands for, the threshold exactly, the gap never as `0`.
///
/// "2 hours: at least 2 hours required, 0 hours short" is what two decimals made of 1.999 hours
/// and of a gap of 0.0000000001 hours.
struct ShownRequirement {
    /// `1.999 hours`.
    let value: String
    /// `2 hours`.
    let threshold: String
    /// `0.001 hours`: more than nothing, however small.
    let gap: String

    init(_ value: Double, _ bound: Bound, _ threshold: Double, gap: Double? = nil, _ unit: MeasureUnit, in language: Language) {
        self.value = unit.amount(value, within: .requirement(bound, threshold, met: gap == nil), in: language)
        self.threshold = unit.amount(threshold, within: .exactly(threshold), in: language)
        self.gap = gap.map { unit.amount($0, within: .above(0), in: language) } ?? ""
    }
}
