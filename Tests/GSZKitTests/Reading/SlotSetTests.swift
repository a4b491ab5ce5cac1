import Testing
@testable import GSZKit

/// The set of given fields holds every slot, not only the first 64.
@Suite struct SlotSetTests {
    @Test("slots on either side of 64 and far past it are kept apart", arguments: [0, 1, 63, 64, 65, 127, 128, 1000])
    func keeps(_ slot: Int) {
        var set = SlotSet()
        set.insert(slot)
        #expect(set.contains(slot))
        for other in [0, 1, 63, 64, 65, 127, 128, 1000] where other != slot { #expect(!set.contains(other)) }
    }

    @Test("a union keeps both sides' slots")
    func union() {
        var left = SlotSet()
        left.insert(3)
        var right = SlotSet()
        right.insert(130)
        left.formUnion(right)
        #expect(left.contains(3) && left.contains(130) && !left.contains(66))
    }
}
