#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A condition variable: wait until a check passes, wake waiters when state changes.
///
/// The state itself is guarded elsewhere (a `Mutex`); this only parks threads between
/// checks. A wake-up is never lost: `broadcast` takes the same lock the waiters hold
/// between their check and their sleep.
final class Condition: @unchecked Sendable {
    // Heap-allocated: pthread objects must not move.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `check` until it returns a value, sleeping between tries.
    func wait<Value>(until check: () -> Value?) -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let value = check() { return value }
            pthread_cond_wait(condition, mutex)
        }
    }

    /// Wakes every waiter to run its check again.
    func broadcast() {
        pthread_mutex_lock(mutex)
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }
}
