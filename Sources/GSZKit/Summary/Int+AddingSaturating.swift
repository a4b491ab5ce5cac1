extension Int {
    /// `self + other`, held at the ends of Int's range instead of trapping: totals of counts
    /// a report may set as high as Int.max.
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
