/// Whole numbers spelled in decimal without making a string: writers of many numbers (a
/// sheet's cell names and values, a format's counts) take the digits straight from the stack.
public enum DecimalDigits {
    /// Calls `body` with the decimal digits of `number`, a sign first if it is negative.
    @inlinable
    public static func withDigits<Result>(of number: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits and a sign
        return try withUnsafeMutableBytes(of: &digits) { raw in
            var magnitude = number.magnitude
            var position = raw.count
            repeat {
                position -= 1
                raw[position] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 {
                position -= 1
                raw[position] = UInt8(ascii: "-")
            }
            return try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[position...]))
        }
    }
}
