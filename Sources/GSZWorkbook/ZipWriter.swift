/// Writes a zip archive in memory: each entry deflated by zlib (`Deflater`), a central directory at the end.
///
/// Reproducible: entries keep the order given and carry a fixed timestamp (1980-01-01), so
/// the same workbook content gives the same bytes on every run.
struct ZipWriter {
    private(set) var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Adds `name` holding `content`.
    mutating func add(_ name: String, _ content: [UInt8]) {
        let deflater = Deflater()
        content.withUnsafeBufferPointer(deflater.write)
        add(name, deflater.finish())
    }

    /// Adds `name` holding the content `part` deflated.
    mutating func add(_ name: String, _ part: DeflatedPart) {
        let offset = bytes.count
        let nameBytes = Array(name.utf8)
        // Local header: signature, version 2.0, UTF-8 names, deflate, a fixed time and date.
        bytes.put32(0x0403_4B50)
        bytes.put16(20, 0x0800, 8, 0, 0x0021)
        bytes.put32(part.crc, UInt32(part.packed.count), UInt32(part.size))
        bytes.put16(UInt16(nameBytes.count), 0)
        bytes += nameBytes
        bytes += part.packed
        // Its central directory record: the same fields, plus where the local header is.
        directory.put32(0x0201_4B50)
        directory.put16(20, 20, 0x0800, 8, 0, 0x0021)
        directory.put32(part.crc, UInt32(part.packed.count), UInt32(part.size))
        directory.put16(UInt16(nameBytes.count), 0, 0, 0, 0)
        directory.put32(0, UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The finished archive.
    func finish() -> [UInt8] {
        var out = bytes
        let start = out.count
        out += directory
        out.put32(0x0605_4B50)
        out.put16(0, 0, UInt16(count), UInt16(count))
        out.put32(UInt32(directory.count), UInt32(start))
        out.put16(0)
        return out
    }
}

extension Array where Element == UInt8 {
    /// Appends each value as little-endian 16 bits.
    mutating func put16(_ values: UInt16...) {
        for value in values {
            append(UInt8(value & 0xFF))
            append(UInt8(value >> 8))
        }
    }

    /// Appends each value as little-endian 32 bits.
    mutating func put32(_ values: UInt32...) {
        for value in values {
            for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
        }
    }
}
