/// The Kazakhstan business identification number (БИН) and its check digit.
public enum BIN {
    /// What is wrong with a BIN, if anything.
    public enum Problem: Sendable {
        /// Not exactly 12 ASCII digits.
        case notTwelveDigits
        /// The twelfth digit does not match the first eleven.
        case checkDigit
    }

    /// Checks `text`: 12 digits; d1…d11 weighted 1…11, sum mod 11; on 10, weights
    /// 3…11, 1, 2; a second 10 makes the number invalid; else the result must be d12.
    public static func problem(in text: String) -> Problem? {
        let digits = text.utf8.map { Int($0) - 48 }
        guard digits.count == 12, digits.allSatisfy({ (0...9).contains($0) }) else { return .notTwelveDigits }
        var check = zip(digits, 1...11).reduce(0) { $0 + $1.0 * $1.1 } % 11
        if check == 10 {
            check = zip(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11
            if check == 10 { return .checkDigit }
        }
        return check == digits[11] ? nil : .checkDigit
    }
}
