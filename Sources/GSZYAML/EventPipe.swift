internal import CYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libyaml's events parsed on a thread of their own, a batch at a time, while the caller
/// composes the batches before them.
///
/// libyaml takes about as long to parse a large file as everything after it takes to judge
/// and write it; on a second core the two overlap. At most `inFlight` batches exist, so
/// memory stays bounded whatever the input, and a composer that stops early (a limit
/// crossed) stops the parser at its next batch.
final class EventPipe: @unchecked Sendable {
    private static let inFlight = 4
    private let input: UnsafeBufferPointer<UInt8>
    private let batchEvents: Int
    // Every field below is guarded by `lock`.
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var ready: [EventBatch] = []
    private var spare: [EventBatch] = []
    private var made = 0
    private var cancelled = false

    /// A pipe over `input`, which must stay alive and unchanged until `stop` returns.
    private init(input: UnsafeBufferPointer<UInt8>, batchEvents: Int) {
        self.input = input
        self.batchEvents = batchEvents
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        changed.deallocate()
        lock.deallocate()
    }

    /// Starts parsing `input` on a new thread; `nil` when no thread can be made.
    static func start(_ input: UnsafeBufferPointer<UInt8>, batchEvents: Int) -> PipedEvents? {
        let pipe = EventPipe(input: input, batchEvents: batchEvents)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(pipe).toOpaque()
        let made = pthread_create(&thread, nil, { context in
            Unmanaged<EventPipe>.fromOpaque(context!).takeRetainedValue().produce()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<EventPipe>.fromOpaque(context).release()
            return nil
        }
        return PipedEvents(pipe: pipe, thread: thread)
    }

    /// The parsing thread: fills batches until the stream ends, libyaml fails, or the
    /// composer has stopped.
    private func produce() {
        let parser = EventParser(input: input)
        guard var batch = emptyBatch() else { return }
        guard parser.isReady else {
            batch.failure = .outOfMemory
            hand(batch)
            return
        }
        var event = yaml_event_t()
        while true {
            guard parser.next(into: &event) else {
                batch.failure = parser.failure
                hand(batch)
                return
            }
            batch.append(event)
            let ended = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if ended || batch.isFull {
                hand(batch)
                if ended { return }
                guard let next = emptyBatch() else { return }
                batch = next
            }
        }
    }

    /// A batch to fill, once one is free; `nil` once the composer has stopped.
    private func emptyBatch() -> EventBatch? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        while !cancelled && spare.isEmpty && made == Self.inFlight { pthread_cond_wait(changed, lock) }
        if cancelled { return nil }
        if let batch = spare.popLast() { return batch }
        made += 1
        return EventBatch(capacity: batchEvents)
    }

    private func hand(_ batch: EventBatch) {
        pthread_mutex_lock(lock)
        ready.append(batch)
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
    }

    /// The next filled batch, waiting for it.
    fileprivate func filledBatch() -> EventBatch {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        while ready.isEmpty { pthread_cond_wait(changed, lock) }
        return ready.removeFirst()
    }

    /// Gives a composed batch back for the parser to fill again.
    fileprivate func recycle(_ batch: EventBatch) {
        batch.reset()
        pthread_mutex_lock(lock)
        spare.append(batch)
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
    }

    /// Tells the parser to stop at its next batch.
    fileprivate func cancel() {
        pthread_mutex_lock(lock)
        cancelled = true
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
    }
}

/// The composer's end of an `EventPipe`: its events in order, then the error or the end.
/// When it goes, the parsing thread is stopped and joined, so nothing reads the input after.
struct PipedEvents: ~Copyable, ParserEvents {
    private let pipe: EventPipe
    private let thread: pthread_t
    private var batch: EventBatch?
    private var position = 0

    fileprivate init(pipe: EventPipe, thread: pthread_t) {
        self.pipe = pipe
        self.thread = thread
    }

    deinit {
        pipe.cancel()
        pthread_join(thread, nil)
    }

    mutating func next() -> ParserStep {
        while true {
            if let batch, position < batch.count {
                position += 1
                return .event(batch[position - 1])
            }
            if let failure = batch?.failure { return .failure(failure) }
            if let batch { pipe.recycle(batch) }
            batch = pipe.filledBatch()
            position = 0
        }
    }
}

extension Composer {
    /// When libyaml parses on a thread of its own, ahead of the composer.
    struct Piping {
        /// From how many bytes of input: a report of a few kilobytes is read before a
        /// thread could start, and a batch of small files already fills the cores.
        let fromBytes: Int
        /// How many events go over at a time: enough that handing a batch over costs
        /// nothing next to parsing it, few enough that the composer starts early.
        let batchEvents: Int

        static let standard = Piping(fromBytes: 1 << 20, batchEvents: 4096)
    }
}

extension Composer.Piping {
    /// Always on one thread.
    static let never = Composer.Piping(fromBytes: .max, batchEvents: 1)
}
