import Synchronization

/// A bound on checks at once, with a queue: past `limit` running checks a caller waits its
/// turn, in order; past `queueLength` waiting, it is refused at once (the API answers 503),
/// so a flood of large reports degrades into quick refusals instead of unbounded waiting.
final class CheckGate: Sendable {
    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
        /// Where the queue starts in `waiting`: taken from the front without shifting.
        var head = 0
    }

    private let limit: Int
    private let queueLength: Int
    private let state = Mutex(State())

    /// A gate letting `limit` callers through at once, with `queueLength` more waiting.
    init(limit: Int, queueLength: Int) {
        self.limit = max(1, limit)
        self.queueLength = max(0, queueLength)
    }

    /// Callers waiting for a slot now.
    var waiting: Int { state.withLock { $0.waiting.count - $0.head } }

    /// `work`'s value, once a slot is free; or `nil` at once when the queue is full.
    func run<T: Sendable>(_ work: () throws -> T) async rethrows -> T? {
        // A free slot is taken without suspending: the common case costs one lock.
        let free = state.withLock { state in
            guard state.running < limit else { return false }
            state.running += 1
            return true
        }
        if free {
            defer { leave() }
            return try work()
        }
        let admitted = await withCheckedContinuation { (turn: CheckedContinuation<Bool, Never>) in
            state.withLock { state in
                if state.running < limit {
                    state.running += 1
                    turn.resume(returning: true)
                } else if state.waiting.count - state.head < queueLength {
                    state.waiting.append(turn)
                } else {
                    turn.resume(returning: false)
                }
            }
        }
        guard admitted else { return nil }
        defer { leave() }
        return try work()
    }

    /// Hands the slot to the first waiter, or frees it.
    private func leave() {
        state.withLock { state in
            guard state.head < state.waiting.count else {
                state.running -= 1
                return
            }
            let next = state.waiting[state.head]
            state.head += 1
            if state.head == state.waiting.count {
                state.waiting.removeAll(keepingCapacity: true)
                state.head = 0
            }
            next.resume(returning: true)
        }
    }
}
