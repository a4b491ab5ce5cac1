#if canImport(Glibc)
import Glibc
#endif

/// Removes unfinished output files however the run ends: a normal exit on any path (an
/// error thrown half-way through opening the outputs included), and every signal whose
/// default is to end the process (Ctrl-C, `kill`, SIGHUP from a closed terminal, SIGUSR1…).
///
/// The handler may only call async-signal-safe functions, so temporary paths are kept as
/// C strings in a fixed table it can walk without allocating.
enum Interrupts {
    private static let capacity = 64
    nonisolated(unsafe) private static let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var installed = false
    /// What a crash signal did before: restored before the crash goes on, so the runtime's
    /// backtrace (or the core dump) still happens.
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)  // NSIG on Linux

    /// Signals that end the process by default and are not faults: the handler removes the
    /// temporary files and exits with 128 + the signal, as a shell reports it.
    static let ending: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGSTKFLT,
                                  SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR]
        + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())  // SIGRTMIN…SIGRTMAX, macros Swift cannot see
    /// Faults: the files are removed, then the signal is handed to what handled it before.
    static let faults: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS]

    /// Installs the handlers and the exit hook once. SIGPIPE is ignored, so a closed pipe is
    /// a write error to handle (`OutputSink.Failure.closedPipe`), never a silent death.
    static func install() {
        guard !installed else { return }
        installed = true
        table.initialize(repeating: nil, count: capacity)
        signal(SIGPIPE, SIG_IGN)
        atexit { Interrupts.removeAll() }
        for number in ending { handle(number, flags: 0) }
        // SA_ONSTACK: a stack overflow is a SIGSEGV with no stack left to run on but the
        // alternate one (the Swift runtime sets one up on each thread it starts).
        for number in faults { handle(number, flags: SA_ONSTACK) }
        // A blocked signal would wait forever: a parent may hand on a mask that blocks them
        // (test runners and some supervisors do), and then Ctrl-C would not stop gsz at all.
        var handled = handledSignals
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    private static func handle(_ number: Int32, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { number, info, _ in
            Interrupts.removeAll()
            guard Interrupts.isFault(number) else { _exit(128 + number) }
            // A fault the processor raised happens again on return, now for the handler before
            // (the runtime's backtrace, or a core dump); one sent by `kill` or `abort` ends
            // the process by that signal, as it would have without gsz's handler.
            if let info, info.pointee.si_code <= 0 {
                signal(number, SIG_DFL)
                raise(number)
            } else {
                sigaction(number, Interrupts.previous + Int(number), nil)
            }
        }
        action.sa_flags = SA_SIGINFO | flags
        sigfillset(&action.sa_mask)
        sigaction(number, &action, previous + Int(number))
    }

    /// Whether `number` is one of `faults`, without touching an array (the handler's rules).
    private static func isFault(_ number: Int32) -> Bool {
        switch number {
        case SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS: true
        default: false
        }
    }

    /// Unlinks every registered file (async-signal-safe: `unlink` only).
    private static func removeAll() {
        guard installed else { return }
        for slot in 0..<capacity {
            if let path = table[slot] { unlink(path) }
        }
    }

    /// Every signal that removes temporary files.
    private static var handledSignals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in ending + faults { sigaddset(&set, number) }
        return set
    }

    /// Runs `body` with the handled signals held back, so a temporary file it creates and
    /// registers cannot be left behind by a signal arriving in between.
    static func deferringSignals<Value>(_ body: () throws -> Value) rethrows -> Value {
        var held = handledSignals
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Remembers `path` as a file to remove unless it is unregistered first.
    static func register(_ path: String) {
        install()
        for slot in 0..<capacity where table[slot] == nil {
            table[slot] = strdup(path)
            return
        }
    }

    /// Forgets `path`: it was renamed into place or removed already.
    static func unregister(_ path: String) {
        for slot in 0..<capacity {
            guard let entry = table[slot], String(cString: entry) == path else { continue }
            table[slot] = nil
            free(entry)
        }
    }
}
