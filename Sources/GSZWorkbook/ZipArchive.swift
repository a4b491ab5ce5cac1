/// The entries of a zip archive held in memory, read from its central directory.
///
/// Only what Office Open XML needs: stored and deflated entries, no zip64, no encryption
/// (an encrypted workbook is an OLE file, not a zip, and is refused before this). Each entry
/// is inflated on request, against the limits, so an entry nobody asks for costs nothing.
struct ZipArchive {
    /// One file in the archive, as its central directory lists it.
    struct Entry {
        let name: String
        let method: UInt16
        let flags: UInt16
        let packedSize: Int
        let size: Int
        let localHeader: Int
    }

    let bytes: [UInt8]
    let limits: WorkbookLimits
    private(set) var entries: [String: Entry] = [:]

    /// The archive in `bytes`, or why it is not one.
    init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) {
        self.bytes = bytes
        self.limits = limits
        guard let end = Self.endOfDirectory(bytes) else { throw WorkbookError(.notAWorkbook) }
        let count = Int(bytes.le16(end + 10))
        var offset = Int(bytes.le32(end + 16))
        guard count <= limits.maxEntries else { throw WorkbookError(.tooManyEntries(limit: limits.maxEntries)) }
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, bytes.le32(offset) == 0x0201_4B50 else {
                throw WorkbookError(.damaged(part: "central directory"))
            }
            let nameLength = Int(bytes.le16(offset + 28))
            let extraLength = Int(bytes.le16(offset + 30))
            let commentLength = Int(bytes.le16(offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw WorkbookError(.damaged(part: "central directory")) }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: bytes.le16(offset + 10), flags: bytes.le16(offset + 8),
                packedSize: Int(bytes.le32(offset + 20)), size: Int(bytes.le32(offset + 24)),
                localHeader: Int(bytes.le32(offset + 42)))
            entries[name] = entry
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    /// Whether the archive lists `name`.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The inflated bytes of entry `name`, or nil when the archive has no such entry.
    func read(_ name: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard entry.flags & 1 == 0 else { throw WorkbookError(.encrypted) }
        guard entry.packedSize != 0xFFFF_FFFF, entry.size != 0xFFFF_FFFF, entry.localHeader != 0xFFFF_FFFF else {
            throw WorkbookError(.unsupported(part: name))
        }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, bytes.le32(header) == 0x0403_4B50 else { throw WorkbookError(.damaged(part: name)) }
        let start = header + 30 + Int(bytes.le16(header + 26)) + Int(bytes.le16(header + 28))
        guard start <= bytes.count, entry.packedSize <= bytes.count - start else { throw WorkbookError(.damaged(part: name)) }
        let packed = bytes[start..<(start + entry.packedSize)]
        switch entry.method {
        case 0:
            guard packed.count <= limits.maxPartBytes else {
                throw WorkbookError(.partTooLarge(part: name, limit: limits.maxPartBytes))
            }
            return Array(packed)
        case 8:
            return try Inflater.inflate(packed, part: name, sizeHint: entry.size, limits: limits)
        default:
            throw WorkbookError(.unsupported(part: name))
        }
    }

    /// The offset of the end-of-central-directory record, searched from the end (it may be
    /// followed by a comment of up to 64 KiB).
    private static func endOfDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes.le32(offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// The little-endian 16-bit number at `offset` (bounds checked by the caller).
    func le16(_ offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset` (bounds checked by the caller).
    func le32(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
