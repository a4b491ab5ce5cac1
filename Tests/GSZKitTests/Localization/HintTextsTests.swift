import Testing
@testable import GSZKit

/// The remembered hint sentences: a table that one report's few hints keep small, that grows
/// with a batch's, and that gives each hint its own sentence however it grew.
@Suite struct HintTextsTests {
    /// `count` different hints: one case, the values apart.
    private func hints(_ count: Int) -> [Hint] {
        (0..<count).map { .moreForLevel(need: Double($0 + 1), unit: .people, level: .minimal, threshold: 12) }
    }

    @Test("a table that words a report's few hints stays small; none before the first")
    func fewHintsKeepTheTableSmall() {
        let texts = HintTexts<String>(language: .en)
        #expect(texts.capacity == 0)
        _ = texts.text(hints(1)[0])
        #expect(texts.capacity == 64)
        for hint in hints(20) { _ = texts.text(hint) }
        #expect(texts.capacity <= 512)
    }

    @Test("a batch's few hundred hints take the table to its full 8192 slots, and no further")
    func manyHintsGrowTheTableToItsLimit() {
        let texts = HintTexts<String>(language: .en)
        for hint in hints(300) { _ = texts.text(hint) }
        #expect(texts.capacity == 8192)
        for hint in hints(20_000) { _ = texts.text(hint) }
        #expect(texts.capacity == 8192)
    }

    @Test("every hint gets its own sentence, kept or worded again, before and after the table grows")
    func sentencesSurviveGrowth() {
        let texts = HintTexts<String>(language: .ru)
        let all = hints(3_000)
        for hint in all { #expect(texts.text(hint) == hint.text(in: .ru)) }
        for hint in all.reversed() { #expect(texts.text(hint) == hint.text(in: .ru)) }
    }
}
