extension OutputBuffer {
    /// From how many items `write(_:inHalves:)` shares the writing with a second thread:
    /// below that, starting a thread costs about what it saves.
    static let halvesFrom = 2_048

    /// Writes `items` by `write`, in order. From `halvesFrom` items on, a second thread
    /// writes beside this one (`TwoThreads`): a report of tens of thousands of services is
    /// often the only file of its run, and the second core would otherwise wait while it is
    /// written. This thread writes its pieces here, the other into a buffer of its own,
    /// appended at the end: only the other's pieces are copied. `write` must write an item
    /// the same whatever was written before it, and on either thread.
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
        let back = BackBuffer()
        let shared = TwoThreads.share(front: { piece in
            write(items[TwoThreads.range(of: piece, in: items)], &self)
        }, back: { piece in
            back.starts.append(back.buffer.count)
            write(items[TwoThreads.range(of: piece, in: items)], &back.buffer)
        })
        guard shared else { return write(items, &self) }
        back.appendInOrder(to: &self)
    }
}

/// The pieces written on the second thread, last first, into one buffer.
private final class BackBuffer: @unchecked Sendable {
    // @unchecked: both are changed only on the second thread and read only after it is joined.
    var buffer = OutputBuffer()
    /// Where each piece starts in `buffer`, in the order written (the last piece first).
    var starts: [Int] = []

    /// Appends the pieces to `output` in the order of the items: the one written last first.
    func appendInOrder(to output: inout OutputBuffer) {
        buffer.withBytes { bytes in
            var end = bytes.count
            for start in starts.reversed() {
                output.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                end = start
            }
        }
    }
}
