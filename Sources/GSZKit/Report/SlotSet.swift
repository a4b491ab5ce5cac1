/// A set of small non-negative numbers (the slots or positions of a record's fields).
///
/// The first 64 live in one word, so the common record — a service has 14 fields — never
/// allocates; numbers past that go to further words, so a format with more fields still
/// counts every one instead of losing the ones past 64.
struct SlotSet {
    private var first: UInt64 = 0
    private var rest: [UInt64] = []

    /// Adds `number`.
    mutating func insert(_ number: Int) {
        guard number >= 0 else { return }
        if number < 64 {
            first |= 1 << UInt64(number)
            return
        }
        let word = number / 64 - 1
        if rest.count <= word { rest.append(contentsOf: repeatElement(0, count: word - rest.count + 1)) }
        rest[word] |= 1 << UInt64(number % 64)
    }

    /// Whether `number` is in the set.
    func contains(_ number: Int) -> Bool {
        guard number >= 0 else { return false }
        if number < 64 { return first & (1 << UInt64(number)) != 0 }
        let word = number / 64 - 1
        return word < rest.count && rest[word] & (1 << UInt64(number % 64)) != 0
    }

    /// Adds every number of `other`.
    mutating func formUnion(_ other: SlotSet) {
        first |= other.first
        if rest.count < other.rest.count { rest.append(contentsOf: repeatElement(0, count: other.rest.count - rest.count)) }
        for (index, word) in other.rest.enumerated() { rest[index] |= word }
    }
}
