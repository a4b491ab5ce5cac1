internal import CZLib

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
final class Deflater {
    /// The staging chunk's size: what at most is held uncompressed.
    static let chunk = 1 << 16
    /// How much of a sheet is deflated at the default level: a multiple of `chunk`, so the
    /// switch falls at the same byte whatever the writes.
    static let defaultLevelBytes = 1 << 20
    private let speedingUp: Bool

    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)  // zlib keeps its address
    /// Text gathers here, `chunk` bytes at most, on its way to zlib.
    let staging = UnsafeMutablePointer<UInt8>.allocate(capacity: Deflater.chunk)
    private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: Deflater.chunk)
    /// Bytes in the staging chunk, not yet given to zlib; a row writer fills the chunk itself
    /// and says here how far.
    var staged = 0
    private var packed: [UInt8] = []
    private var crc: UInt = 0
    private var size = 0
    private var finished = false

    /// A deflater at zlib's default level; with `speedingUp`, at its fastest past `defaultLevelBytes`.
    init(speedingUp: Bool = false) {
        self.speedingUp = speedingUp
        stream.initialize(to: z_stream())
        // Raw deflate (no zlib header), default level, as every reader of zip archives expects.
        let status = deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib refused its default settings")  // only out of memory
        stream.pointee.next_out = output
        stream.pointee.avail_out = UInt32(Self.chunk)
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
        staging.deallocate()
        output.deallocate()
    }

    /// The compressed bytes so far.
    var packedCount: Int { packed.count }

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
            if staged == Self.chunk { compress(Z_NO_FLUSH) }
        }
    }

    /// Appends one byte.
    func write(_ byte: UInt8) {
        staging[staged] = byte
        staged += 1
        if staged == Self.chunk { compress(Z_NO_FLUSH) }
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
        finished = true
        compress(Z_FINISH)
        return DeflatedPart(packed: packed, crc: UInt32(crc), size: size)
    }

    /// Gives the staged bytes to zlib; with `Z_FINISH`, runs it to the end of the stream.
    private func compress(_ flush: Int32) {
        crc = crc32(crc, staging, UInt32(staged))
        size += staged
        stream.pointee.next_in = staging
        stream.pointee.avail_in = UInt32(staged)
        run(flush)
        staged = 0
        guard speedingUp, flush == Z_NO_FLUSH, size == Self.defaultLevelBytes else { return }
        // Ends the block so far at the default level; zlib then takes the new level at once.
        run(Z_BLOCK)
        let status = deflateParams(stream, Z_BEST_SPEED, Z_DEFAULT_STRATEGY)
        collect()
        precondition(status == Z_OK, "zlib kept its level after a flushed block")  // zlib's documented contract
    }

    /// Calls zlib with `flush` until it has consumed its input and written all it has ready.
    private func run(_ flush: Int32) {
        var status = Z_OK
        var full = false
        repeat {
            status = deflate(stream, flush)
            full = stream.pointee.avail_out == 0
            collect()
        } while full || (flush == Z_FINISH && status == Z_OK)
    }

    /// Moves what zlib wrote into the output chunk to the packed bytes, and lends it the whole chunk again.
    private func collect() {
        packed.append(contentsOf: UnsafeBufferPointer(start: output, count: Self.chunk - Int(stream.pointee.avail_out)))
        stream.pointee.next_out = output
        stream.pointee.avail_out = UInt32(Self.chunk)
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
