#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A large sheet's deflate, run on a thread of its own while the rows after it are written.
///
/// The writer hands over each full staging chunk and goes on in a free one; at most
/// `inFlight` chunks wait, so the text held uncompressed stays bounded and the writer waits
/// when zlib falls behind. zlib sees the same bytes in the same order as on one thread, so the
/// part is the same.
final class DeflateThread: @unchecked Sendable {
    /// How many chunks may wait for zlib or be in its hands.
    static let inFlight = 3
    private let zlib: ZlibDeflate
    // Every field below is guarded by `lock`.
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var waiting: [(chunk: UnsafeMutablePointer<UInt8>, count: Int, finishing: Bool)] = []
    private var free: [UnsafeMutablePointer<UInt8>] = []
    private var chunks: [UnsafeMutablePointer<UInt8>] = []
    /// The bytes of the chunk the thread is compressing, if any.
    private var busy: Int?
    private var thread = pthread_t()

    private init(zlib: ZlibDeflate) {
        self.zlib = zlib
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
        for _ in 0..<Self.inFlight { free.append(.allocate(capacity: Deflater.chunk)) }
        chunks = free
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        changed.deallocate()
        lock.deallocate()
    }

    /// Starts a thread that compresses into `zlib`, which the caller leaves alone until
    /// `finish` or `drain` returns; `nil` when no thread can be made.
    static func start(_ zlib: ZlibDeflate) -> DeflateThread? {
        let worker = DeflateThread(zlib: zlib)
        let context = Unmanaged.passRetained(worker).toOpaque()
        let made = pthread_create(&worker.thread, nil, { context in
            Unmanaged<DeflateThread>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<DeflateThread>.fromOpaque(context).release()
            return nil
        }
        return worker
    }

    /// Hands `count` bytes at `chunk` over and returns a chunk to go on writing in; `chunk`
    /// is the thread's until it comes back this way. The last hand-over is `finishing`.
    func hand(_ chunk: UnsafeMutablePointer<UInt8>, count: Int, finishing: Bool) -> UnsafeMutablePointer<UInt8> {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        waiting.append((chunk, count, finishing))
        pthread_cond_broadcast(changed)
        while free.isEmpty { pthread_cond_wait(changed, lock) }
        return free.removeLast()
    }

    /// Waits until every chunk handed over is compressed, so `zlib` can be read.
    func drain() {
        pthread_mutex_lock(lock)
        while busy != nil || !waiting.isEmpty { pthread_cond_wait(changed, lock) }
        pthread_mutex_unlock(lock)
    }

    /// The bytes handed over and not yet compressed.
    var held: Int {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return waiting.reduce(busy ?? 0) { $0 + $1.count }
    }

    /// Waits for the thread to compress the finishing chunk and end.
    func finish() {
        pthread_join(thread, nil)
    }

    private func run() {
        while true {
            pthread_mutex_lock(lock)
            while waiting.isEmpty { pthread_cond_wait(changed, lock) }
            let next = waiting.removeFirst()
            busy = next.count
            pthread_mutex_unlock(lock)
            zlib.compress(next.chunk, count: next.count, finishing: next.finishing)
            pthread_mutex_lock(lock)
            busy = nil
            free.append(next.chunk)
            pthread_cond_broadcast(changed)
            pthread_mutex_unlock(lock)
            if next.finishing { return }
        }
    }
}
