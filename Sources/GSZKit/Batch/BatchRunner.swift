import GSZYAML

import Dispatch
import Synchronization

/// Checks many inputs on several threads and hands results back in input order, so the
/// output of `--jobs 8` is byte-for-byte that of `--jobs 1`.
///
/// Memory stays flat however long the batch: workers run at most a window of files ahead
/// of the one being delivered, and each result is dropped once delivered.
public struct BatchRunner: Sendable {
    /// The checker each file goes through.
    public let checker: Checker
    /// How many files are checked at once.
    public let jobs: Int

    /// A runner with `jobs` workers (at least one).
    public init(checker: Checker, jobs: Int) {
        self.checker = checker
        self.jobs = max(1, jobs)
    }

    /// One input's result: read it, then check it. Never throws; every failure is a result.
    public func result(for input: Input) -> FileResult {
        switch FileLoader.load(input, limit: checker.limits.maxInputBytes) {
        case .failure(let failure): FileResult.failed(path: input.path, failure.message)
        case .success(let bytes): checker.check(bytes, path: input.path)
        }
    }

    /// Checks every input, calling `deliver` with each result in input order on the
    /// calling thread. `deliver` returns `false` to stop early (output closed).
    public func run(_ inputs: [Input], deliver: (Int, FileResult) -> Bool) {
        guard jobs > 1, inputs.count > 1 else {
            for (index, input) in inputs.enumerated() where !deliver(index, result(for: input)) { return }
            return
        }
        let window = jobs * 32
        let state = SharedState(window: window)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, inputs.count) {
            DispatchQueue.global().async(group: group) {
                while let index = state.claim(count: inputs.count) {
                    state.put(index, result(for: inputs[index]))
                }
            }
        }
        for index in inputs.indices {
            let result = state.take(index)
            if !deliver(index, result) {
                state.cancel()
                break
            }
        }
        group.wait()
    }
}

/// The work queue and the reorder buffer the workers and the delivering thread share.
private final class SharedState: Sendable {
    private struct Slots {
        var next = 0
        var delivered = 0
        var cancelled = false
        var results: [Int: FileResult] = [:]
    }

    private let slots = Mutex(Slots())
    private let window: Int
    /// Signalled when a result arrives or a slot in the window frees up.
    private let changed = Condition()

    init(window: Int) {
        self.window = window
    }

    /// The next index to check, waiting while the workers are a full window ahead; `nil` when done.
    func claim(count: Int) -> Int? {
        changed.wait(until: { () -> Int?? in
            slots.withLock { slots in
                if slots.cancelled || slots.next >= count { return .some(nil) }
                guard slots.next < slots.delivered + window else { return nil }
                defer { slots.next += 1 }
                return .some(slots.next)
            }
        })
    }

    func put(_ index: Int, _ result: FileResult) {
        slots.withLock { $0.results[index] = result }
        changed.broadcast()
    }

    /// The result at `index`, waiting for it.
    func take(_ index: Int) -> FileResult {
        let result = changed.wait { () -> FileResult? in
            slots.withLock { slots in
                guard let result = slots.results.removeValue(forKey: index) else { return nil }
                slots.delivered = index + 1
                return result
            }
        }
        changed.broadcast()
        return result
    }

    func cancel() {
        slots.withLock { $0.cancelled = true }
        changed.broadcast()
    }
}
