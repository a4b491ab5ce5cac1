/// One zip entry's content as it is written: raw deflate through zlib, a chunk at a time.
///
/// Text goes into a fixed staging chunk; each full chunk is counted into the CRC and handed
/// to zlib without flushing, so a part of any size is held only compressed. zlib's output
/// does not depend on how its input is cut, only on the bytes, so the same content always
/// gives the same part.
///
/// A sheet (`speedingUp`) is deflated at zlib's default level for its first
/// `defaultLevelBytes` and at its fastest level after them: the default level spends three
/// times as long for a quarter fewer bytes, which is nothing on a template or a small batch's
/// results and most of the time on a results sheet of 50 MB (53,656 services, timed with
/// Python's zlib: 0.41 s against 0.13 s, for 3.1 MB against 4.1 MB). Parts written whole are
/// small and stay at the default level.
///
/// Past `threadedFromBytes`, a sheet's chunks are compressed on a thread of its own
/// (`DeflateThread`) while the writer fills the next: a results sheet of 50 MB then costs the
/// writer little more than its text.
final class Deflater {
    /// The staging chunk's size: what at most is held uncompressed on the writer's side.
    static let chunk = 1 << 16
    /// How much of a sheet is deflated at the default level: a multiple of `chunk`, so the
    /// switch falls at the same byte whatever the writes.
    static let defaultLevelBytes = 1 << 20
    /// From how many bytes of a sheet zlib runs on a thread of its own: a template or a small
    /// batch's results is written before a thread could start.
    static let threadedFromBytes = 2 << 20
    private let speedingUp: Bool
    private let threadedFrom: Int
    private let zlib: ZlibDeflate
    private var worker: DeflateThread?
    /// The chunk this deflater allocated; with a worker, `staging` may be one of the worker's.
    private let ownChunk = UnsafeMutablePointer<UInt8>.allocate(capacity: Deflater.chunk)
    /// Text gathers here, `chunk` bytes at most, on its way to zlib. A row writer fills the
    /// chunk itself, and takes it again after every write that hands a full one over.
    private(set) var staging: UnsafeMutablePointer<UInt8>
    /// Bytes in the staging chunk, not yet given to zlib; a row writer says here how far it filled it.
    var staged = 0
    private var finished = false

    /// A deflater at zlib's default level; with `speedingUp`, at its fastest past
    /// `defaultLevelBytes`, and on a thread of its own past `threadedFromBytes`.
    init(speedingUp: Bool = false, threadedFrom: Int = Deflater.threadedFromBytes) {
        self.speedingUp = speedingUp
        self.threadedFrom = threadedFrom
        zlib = ZlibDeflate(speedingUp: speedingUp)
        staging = ownChunk
    }

    deinit {
        // A stream dropped unfinished still has its thread end before the chunks go.
        if let worker, !finished {
            _ = worker.hand(staging, count: 0, finishing: true)
            worker.finish()
        }
        ownChunk.deallocate()
    }

    /// The bytes written and not yet compressed: the staging chunk's, and those a deflate
    /// thread has yet to take in (at most `DeflateThread.inFlight` chunks more).
    var held: Int { staged + (worker?.held ?? 0) }

    /// The compressed bytes so far, once every chunk handed over is compressed.
    var packedCount: Int {
        worker?.drain()
        return zlib.packed.count
    }

    /// Appends raw bytes.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let taken = min(remaining, Self.chunk - staged)
            (staging + staged).update(from: source, count: taken)
            staged += taken
            source += taken
            remaining -= taken
            if staged == Self.chunk { compress(finishing: false) }
        }
    }

    /// Appends one byte.
    func write(_ byte: UInt8) {
        staging[staged] = byte
        staged += 1
        if staged == Self.chunk { compress(finishing: false) }
    }

    /// Appends text.
    func write(_ text: String) {
        var text = text
        text.withUTF8(write)
    }

    /// Appends a literal, read from the binary in place.
    func write(literal text: StaticString) {
        text.withUTF8Buffer { write($0) }
    }

    /// Appends a whole number in decimal.
    func write(_ number: Int) {
        DecimalDigits.withDigits(of: number) { write($0) }
    }

    /// The finished entry: what was written, deflated, with its CRC and size.
    func finish() -> DeflatedPart {
        precondition(!finished, "a part is finished once")  // a second finish would append an empty stream
        compress(finishing: true)
        worker?.finish()
        finished = true
        return DeflatedPart(packed: zlib.packed, crc: UInt32(zlib.crc), size: zlib.size)
    }

    /// Gives the staged bytes to zlib, on this thread or the worker's.
    private func compress(finishing: Bool) {
        // Before a worker starts, zlib runs on this thread, so its count of bytes taken is ours to read.
        if worker == nil, speedingUp, !finishing, zlib.size >= threadedFrom {
            worker = DeflateThread.start(zlib)
        }
        if let worker {
            staging = worker.hand(staging, count: staged, finishing: finishing)
        } else {
            zlib.compress(staging, count: staged, finishing: finishing)
        }
        staged = 0
    }
}

/// A zip entry's content, deflated, with what the zip headers say of it.
struct DeflatedPart {
    /// The raw deflate stream.
    let packed: [UInt8]
    /// The CRC-32 of the uncompressed content.
    let crc: UInt32
    /// The uncompressed size.
    let size: Int
}
