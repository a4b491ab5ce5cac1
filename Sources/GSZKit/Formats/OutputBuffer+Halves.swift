#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputBuffer {
    /// From how many items `write(_:inHalves:)` shares the writing with a second thread:
    /// below that, starting a thread costs about what it saves.
    static let halvesFrom = 2_048

    /// How many pieces a shared run is cut into: enough that neither thread waits long for
    /// the other, whatever else the machine runs.
    static let piecesOfHalves = 32

    /// Writes `items` by `write`, in order. From `halvesFrom` items on, a second thread
    /// writes beside this one: a report of tens of thousands of services is often the only
    /// file of its run, and the second core would otherwise wait while it is written.
    ///
    /// The run is cut into pieces; this thread takes them from the front and writes them
    /// here, the other from the back into a buffer of its own, until they meet. So the two
    /// share the work however their speeds differ (a fixed half each left one waiting when
    /// the other lost its core for a while), and only the other's pieces are copied. `write`
    /// must write an item the same whatever was written before it, and on either thread.
    mutating func write<Item: Sendable>(
        _ items: [Item], inHalves write: @Sendable (ArraySlice<Item>, inout OutputBuffer) -> Void
    ) {
        self.write(items[...], inHalves: write)
    }

    /// `write(_:inHalves:)` for part of an array.
    mutating func write<Item: Sendable>(
        _ items: ArraySlice<Item>, inHalves write: @Sendable (ArraySlice<Item>, inout OutputBuffer) -> Void
    ) {
        guard items.count >= Self.halvesFrom else { return write(items, &self) }
        let pieces = PieceClaims(count: Self.piecesOfHalves)
        let piece = { (index: Int) in
            items.startIndex + items.count * index / Self.piecesOfHalves
                ..< items.startIndex + items.count * (index + 1) / Self.piecesOfHalves
        }
        withoutActuallyEscaping(write) { write in
            let back = BackPieces { buffer, starts in
                while let index = pieces.claimBack() {
                    starts.append(buffer.count)
                    write(items[piece(index)], &buffer)
                }
            }
            guard let thread = back.start() else { return write(items, &self) }
            while let index = pieces.claimFront() { write(items[piece(index)], &self) }
            pthread_join(thread, nil)
            back.appendInOrder(to: &self)
        }
    }
}

/// Which pieces are taken: the front from the calling thread, the back from the other.
private final class PieceClaims: @unchecked Sendable {
    // @unchecked: `front` and `back` are read and changed only under `lock`.
    private var lock = pthread_mutex_t()
    private var front = 0
    private var back: Int

    init(count: Int) {
        back = count
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// The first piece no one took, or `nil` once the two ends met.
    func claimFront() -> Int? {
        claim { front < back ? (front, front + 1, back) : nil }
    }

    /// The last piece no one took, or `nil` once the two ends met.
    func claimBack() -> Int? {
        claim { front < back ? (back - 1, front, back - 1) : nil }
    }

    private func claim(_ next: () -> (piece: Int, front: Int, back: Int)?) -> Int? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard let taken = next() else { return nil }
        (front, back) = (taken.front, taken.back)
        return taken.piece
    }
}

/// The pieces written on the other thread, last first, into one buffer.
private final class BackPieces: @unchecked Sendable {
    // @unchecked: `written` and `starts` are set on the thread before it ends and read only
    // after it is joined.
    private let write: (inout OutputBuffer, inout [Int]) -> Void
    private var written: WrittenBytes?
    /// Where each piece starts in `written`, in the order written (the last piece first).
    private var starts: [Int] = []

    init(_ write: @escaping (inout OutputBuffer, inout [Int]) -> Void) {
        self.write = write
    }

    /// The thread, started; `nil` when none can be made.
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let made = pthread_create(&thread, nil, { context in
            let pieces = Unmanaged<BackPieces>.fromOpaque(context!).takeRetainedValue()
            var buffer = OutputBuffer()
            pieces.write(&buffer, &pieces.starts)
            pieces.written = buffer.finish()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<BackPieces>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// Appends the pieces to `output` in the order of the items: the one written last first.
    func appendInOrder(to output: inout OutputBuffer) {
        guard let written else { return }
        written.withBytes { bytes in
            var end = bytes.count
            for start in starts.reversed() {
                output.append(UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self)[start..<end]))
                end = start
            }
        }
    }
}
