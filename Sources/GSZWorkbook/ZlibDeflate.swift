internal import CZLib

/// zlib's raw deflate over chunks of one zip entry: the CRC, the size and the compressed
/// bytes so far. Used by one thread at a time: the `Deflater`'s, or its `DeflateThread`.
///
/// A sheet (`speedingUp`) is deflated at zlib's default level for its first
/// `Deflater.defaultLevelBytes` and at its fastest level after them.
final class ZlibDeflate {
    private let speedingUp: Bool
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)  // zlib keeps its address
    private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: Deflater.chunk)
    private(set) var packed: [UInt8] = []
    private(set) var crc: UInt = 0
    private(set) var size = 0

    init(speedingUp: Bool) {
        self.speedingUp = speedingUp
        stream.initialize(to: z_stream())
        // Raw deflate (no zlib header), default level, as every reader of zip archives expects.
        let status = deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib refused its default settings")  // only out of memory
        stream.pointee.next_out = output
        stream.pointee.avail_out = UInt32(Deflater.chunk)
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `count` bytes at `chunk`; with `finishing`, runs zlib to the end of the stream.
    func compress(_ chunk: UnsafeMutablePointer<UInt8>, count: Int, finishing: Bool) {
        let flush = finishing ? Z_FINISH : Z_NO_FLUSH
        crc = crc32(crc, chunk, UInt32(count))
        size += count
        stream.pointee.next_in = chunk
        stream.pointee.avail_in = UInt32(count)
        run(flush)
        guard speedingUp, !finishing, size == Deflater.defaultLevelBytes else { return }
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
        packed.append(contentsOf: UnsafeBufferPointer(start: output, count: Deflater.chunk - Int(stream.pointee.avail_out)))
        stream.pointee.next_out = output
        stream.pointee.avail_out = UInt32(Deflater.chunk)
    }
}
