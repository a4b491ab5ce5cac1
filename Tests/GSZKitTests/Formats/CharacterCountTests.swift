@testable import GSZKit
import Testing

/// `characterCount` must agree with `count` on every text: it only skips grapheme breaking
/// where no scalar can join a neighbour.
@Suite struct CharacterCountTests {
    @Test func agreesWithCountOnTextsThatJoin() {
        let texts = [
            "", "Удовлетворенность участников", "Қатысушылар", "ещё 3 положительных ответа (50%)",
            "50 → 85%", "≥ 2", "—", "№ 5 · ₸ 1 000…", "е\u{301}ж", "\u{0483}а", "a\r\nb", "a\tb",
            "👍🏽", "👨‍👩‍👧", "🇰🇿🇰🇿", "❤\u{FE0F}", "한국어", "x\u{200D}y", "\u{0E01}\u{0E33}",
        ]
        for text in texts {
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
            #expect(text[...].characterCount == text.count, "\(text.debugDescription) as a substring")
        }
    }

    /// Between two letters, every scalar of the Basic Multilingual Plane is counted as
    /// `count` counts it: a scalar the fast path took for a character of its own, which in
    /// fact joins a neighbour (a mark, a joiner, a prefix), would come out one too many.
    @Test func everyScalarBetweenLettersIsCountedAsCountDoes() {
        var wrong: [String] = []
        for value in UInt32(0x20)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates are no scalars
            let text = "а" + String(Character(scalar)) + "a" + String(Character(scalar))
            if text.characterCount != text.count { wrong.append("U+" + String(value, radix: 16, uppercase: true)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }
}
