import Foundation
import Synchronization
@testable import GSZServer
import Testing

/// The bound on checks at once: a limit, a queue served in order, refusal past the queue.
@Suite struct CheckGateTests {
    /// Holds callers inside the gate until released, counting how many are inside.
    final class Latch: Sendable {
        let inside = Atomic<Int>(0)
        let open = Atomic<Bool>(false)

        func hold() {
            inside.add(1, ordering: .sequentiallyConsistent)
            while !open.load(ordering: .sequentiallyConsistent) { Thread.sleep(forTimeInterval: 0.001) }
            inside.subtract(1, ordering: .sequentiallyConsistent)
        }
    }

    @Test func pastTheLimitAndTheQueueCallersAreRefused() async throws {
        let gate = CheckGate(limit: 1, queueLength: 1)
        let latch = Latch()
        let first = Task.detached { await gate.run { latch.hold(); return 1 } }
        while latch.inside.load(ordering: .sequentiallyConsistent) == 0 { await Task.yield() }
        // The slot is taken: the next caller waits in the queue, the one after is refused.
        let second = Task.detached { await gate.run { 2 } }
        while gate.waiting == 0 { try await Task.sleep(for: .milliseconds(1)) }
        #expect(await gate.run { 3 } == nil)
        latch.open.store(true, ordering: .sequentiallyConsistent)
        #expect(await first.value == 1)
        #expect(await second.value == 2)
        // Once free, the gate admits again.
        #expect(await gate.run { 4 } == 4)
    }

    @Test func aGateWithRoomRunsEveryCaller() async {
        let gate = CheckGate(limit: 2, queueLength: 64)
        let results = await withTaskGroup(of: Int?.self) { group in
            for value in 0..<64 { group.addTask { await gate.run { value } } }
            var all: [Int] = []
            for await value in group { if let value { all.append(value) } }
            return all.sorted()
        }
        #expect(results == Array(0..<64))
    }
}
