#if canImport(Glibc)
import Glibc
#endif

/// A progress line on standard error for long runs, only when it is a terminal.
struct Progress {
    private let enabled: Bool
    private let total: Int
    private let start = Progress.now()
    private var lastShown = 0.0
    private var shown = false

    /// A progress line for `total` files; never when `shown` is false (`--quiet`, `--verbose`).
    init(total: Int, shown: Bool = true) {
        self.total = total
        enabled = shown && Terminal.isTerminal(2) && total > 1
    }

    /// Notes that `done` files are finished; redraws at most ten times a second, after the first half second.
    mutating func update(done: Int) {
        guard enabled else { return }
        let now = Progress.now()
        guard now - start > 0.5, now - lastShown > 0.1 else { return }
        lastShown = now
        shown = true
        writeError("\r\u{1B}[2Kgsz: \(done)/\(total)")
    }

    /// Clears the line.
    mutating func finish() {
        if shown { writeError("\r\u{1B}[2K") }
        shown = false
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
