#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputBuffer {
    /// From how many items `write(_:inHalves:)` writes the second half on a thread of its
    /// own: below that, starting a thread costs about what it saves.
    static let halvesFrom = 2_048

    /// Writes `items` by `write`, in order. From `halvesFrom` items on, the second half is
    /// written at the same time on a thread of its own, into a buffer of its own appended
    /// after the first: a report of tens of thousands of services is often the only file of
    /// its run, and the second core would otherwise wait while it is written. `write` must
    /// write an item the same whatever was written before it, and on either thread.
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
        let middle = items.startIndex + items.count / 2
        withoutActuallyEscaping(write) { write in
            let second = SecondHalf { buffer in write(items[middle...], &buffer) }
            guard let thread = second.start() else { return write(items, &self) }
            write(items[..<middle], &self)
            pthread_join(thread, nil)
            second.written?.withBytes { append($0.bindMemory(to: UInt8.self)) }
        }
    }
}

/// The second half of a run of items, written on a thread of its own.
private final class SecondHalf: @unchecked Sendable {
    // @unchecked: `written` is set on the thread before it ends and read only after it is joined.
    private let write: (inout OutputBuffer) -> Void
    private(set) var written: WrittenBytes?

    init(_ write: @escaping (inout OutputBuffer) -> Void) {
        self.write = write
    }

    /// The thread, started; `nil` when none can be made.
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let made = pthread_create(&thread, nil, { context in
            let half = Unmanaged<SecondHalf>.fromOpaque(context!).takeRetainedValue()
            var buffer = OutputBuffer()
            half.write(&buffer)
            half.written = buffer.finish()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<SecondHalf>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
