@testable import GSZKit
import Testing

/// Finding: two decimals rounded values onto the whole numbers thresholds are, so hours
/// 1.999 read "2 hours: at least 2 hours required, 0 hours short" and 84.995% "85% … minimal".
@Suite("A shown number never lands on a whole number it is not")
struct RoundingTests {
    @Test("values just off a whole number keep the digits that say so", arguments: [
        (1.999, "1.999"), (0.9999, "0.9999"), (84.995, "84.995"), (0.001, "0.001"), (2.0, "2"),
        (88.46153846153847, "88.46"), (72.2, "72.2"), (1.99, "1.99"), (-1.999, "-1.999"), (2.0000001, "2.0000001"),
    ])
    func plain(_ value: Double, _ expected: String) {
        #expect(NumberText.plain(value) == expected)
    }

    @Test("the hint for hours 1.999 against at least 2 names the shortfall")
    func hint() {
        let text = Message.hint(.requirementFailed(value: 1.999, bound: .atLeast, threshold: 2, gap: 2 - 1.999, unit: .hours))
            .text(in: .en)
        #expect(text.hasPrefix("1.999 hours: at least 2 hours required, 0.001 hours short"), "\(text)")
    }
}
