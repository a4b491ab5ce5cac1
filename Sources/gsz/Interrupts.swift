#if canImport(Glibc)
import Glibc
#endif

/// Removes unfinished output files when the run is interrupted (Ctrl-C, `kill`).
///
/// The handler may only call async-signal-safe functions, so temporary paths are kept as
/// C strings in a fixed table it can walk without allocating.
enum Interrupts {
    private static let capacity = 64
    nonisolated(unsafe) private static let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once: SIGINT and SIGTERM remove the registered files and exit
    /// with 128 + the signal; SIGPIPE is ignored so a closed pipe is a write error to handle.
    static func install() {
        guard !installed else { return }
        installed = true
        table.initialize(repeating: nil, count: capacity)
        signal(SIGPIPE, SIG_IGN)
        let handler: @convention(c) (Int32) -> Void = { signal in
            for slot in 0..<Interrupts.capacity {
                if let path = Interrupts.table[slot] { unlink(path) }
            }
            _exit(128 + signal)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A blocked signal would wait forever: a parent may hand on a mask that blocks them
        // (test runners and some supervisors do), and then Ctrl-C would not stop gsz at all.
        var handled = handledSignals
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// SIGINT and SIGTERM, the signals that remove temporary files.
    private static var handledSignals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }

    /// Runs `body` with SIGINT and SIGTERM held back, so a temporary file it creates and
    /// registers cannot be left behind by a signal arriving in between.
    static func deferringSignals<Value>(_ body: () throws -> Value) rethrows -> Value {
        var held = handledSignals
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    static func register(_ path: String) {
        install()
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return
        }
    }

    static func unregister(_ path: String) {
        for slot in 0..<capacity {
            guard let entry = table[slot], String(cString: entry) == path else { continue }
            table[slot] = nil
            free(entry)
        }
    }
}
