extension Double {
    /// The value without its fraction as an Int, held within Int's range (NaN gives 0).
    ///
    /// `Int(_: Double)` traps outside the range, and counts read from a report reach its top:
    /// `participants: 9223372036854775807` becomes the Double 2^63, one past `Int.max`.
    var saturatingInt: Int {
        if isNaN { return 0 }
        if self >= 0x1p63 { return .max }
        if self < -0x1p63 { return .min }
        return Int(self)
    }
}
