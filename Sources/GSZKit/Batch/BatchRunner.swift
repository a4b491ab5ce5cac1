import GSZYAML
import Dispatch

/// Checks many inputs on several threads and hands results back in input order, so the
/// output of `--jobs 8` is byte-for-byte that of `--jobs 1`.
///
/// Memory stays flat however long the batch: no file is started more than a window ahead
/// of the one being delivered, and each result is dropped once delivered. The calling
/// thread works too: it delivers when the next result is ready and checks a file when not.
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
        run(inputs, transform: { _, result in result }, deliver: deliver)
    }

    /// Checks every input and turns each result into `Output` on the thread that checked
    /// it (so rendering runs in parallel too), then calls `deliver` with the outputs in
    /// input order on the calling thread; `deliver` returns `false` to stop early.
    public func run<Output: Sendable>(
        _ inputs: [Input], transform: @escaping @Sendable (Int, FileResult) -> Output,
        deliver: (Int, Output) -> Bool
    ) {
        run(inputs, makeTransform: { transform }, deliver: deliver)
    }

    /// Like `run(_:transform:deliver:)`, with a transform made once for each thread by
    /// `makeTransform`: whatever it keeps between files (renderers and their caches) is then
    /// the thread's own, and no thread waits on another's.
    public func run<Output: Sendable>(
        _ inputs: [Input], makeTransform: @escaping @Sendable () -> @Sendable (Int, FileResult) -> Output,
        deliver: (Int, Output) -> Bool
    ) {
        let work = { @Sendable (transform: (Int, FileResult) -> Output, index: Int) in
            let result = result(for: inputs[index])
            let isLarge = result.services.count >= Disposal.largeFrom
            let output = transform(index, result)
            // Rendered: a large result is freed while the output is delivered.
            Disposal.drop(consume result, isLarge: isLarge)
            return output
        }
        let transform = makeTransform()
        guard jobs > 1, inputs.count > 1 else {
            for index in inputs.indices where !deliver(index, work(transform, index)) { return }
            return
        }
        let queue = WorkQueue<Output>(count: inputs.count, window: jobs * 16)
        let group = DispatchGroup()
        for _ in 1..<min(jobs, inputs.count) {
            DispatchQueue.global().async(group: group) {
                let own = makeTransform()
                while case .index(let index) = queue.claim(waiting: true) { queue.put(index, work(own, index)) }
            }
        }
        var index = 0
        while index < inputs.count {
            if let output = queue.take(index, waiting: false) {
                if !deliver(index, output) { break }
                index += 1
            } else if case .index(let claimed) = queue.claim(waiting: false) {
                queue.put(claimed, work(transform, claimed))
            } else if let output = queue.take(index, waiting: true) {
                if !deliver(index, output) { break }
                index += 1
            }
        }
        queue.cancel()
        group.wait()
    }
}

/// The indices still to check and the results not yet delivered, shared by the threads.
private final class WorkQueue<Output: Sendable>: @unchecked Sendable {
    enum Claim {
        case index(Int)
        case finished
        case windowFull
    }

    private let monitor = Monitor()
    private let count: Int
    private let window: Int
    // Guarded by `monitor`. Result i waits in ring[i % window]; claims stay within the
    // window past the last delivered index, so slots never collide.
    private var next = 0
    private var delivered = 0
    private var cancelled = false
    private var sleepers = 0
    private var ring: [Output?]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        ring = Array(repeating: nil, count: window)
    }

    /// The next index to check; with `waiting`, sleeps while the window is full.
    func claim(waiting: Bool) -> Claim {
        monitor.withLock {
            while true {
                if cancelled || next >= count { return .finished }
                if next < delivered + window {
                    next += 1
                    return .index(next - 1)
                }
                if !waiting { return .windowFull }
                sleepers += 1
                monitor.sleep()
                sleepers -= 1
            }
        }
    }

    func put(_ index: Int, _ output: Output) {
        monitor.withLock {
            ring[index % window] = output
            if sleepers > 0 { monitor.wake() }
        }
    }

    /// The output for `index`; with `waiting`, sleeps until it is there.
    func take(_ index: Int, waiting: Bool) -> Output? {
        monitor.withLock {
            while ring[index % window] == nil {
                if !waiting { return nil }
                sleepers += 1
                monitor.sleep()
                sleepers -= 1
            }
            let output = ring[index % window]
            ring[index % window] = nil
            delivered = index + 1
            if sleepers > 0 { monitor.wake() }
            return output
        }
    }

    func cancel() {
        monitor.withLock {
            cancelled = true
            if sleepers > 0 { monitor.wake() }
        }
    }
}
