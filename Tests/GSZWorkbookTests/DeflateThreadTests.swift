import Testing
@testable import GSZWorkbook

/// A large sheet is compressed on a thread of its own; the part must be the one a single
/// thread gives, byte for byte, and inflate to what was written.
@Suite struct DeflateThreadTests {
    /// About 5 MB of sheet-like text that compresses neither to nothing nor not at all.
    static func text() -> [UInt8] {
        var bytes: [UInt8] = []
        var state: UInt32 = 12_345
        for row in 0..<60_000 {
            bytes += Array("<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>".utf8)
            for _ in 0..<8 {
                state = state &* 1_103_515_245 &+ 12_345
                bytes.append(UInt8(ascii: "a") + UInt8((state >> 16) % 26))
            }
            bytes += Array("</t></is></c></row>".utf8)
        }
        return bytes
    }

    static func part(_ text: [UInt8], threadedFrom: Int, pieces: Int) -> DeflatedPart {
        let deflater = Deflater(speedingUp: true, threadedFrom: threadedFrom)
        text.withUnsafeBufferPointer { all in
            // Written in pieces of uneven sizes, as rows come, and a byte at a time between them.
            var start = 0
            while start < all.count {
                let end = min(all.count, start + pieces + start % 97)
                deflater.write(UnsafeBufferPointer(rebasing: all[start..<end]))
                if end < all.count { deflater.write(all[end]) }
                start = end + 1
            }
        }
        return deflater.finish()
    }

    @Test("the part deflated on a thread of its own is the part deflated on one", arguments: [0, 1 << 20])
    func sameBytes(threadedFrom: Int) throws {
        let text = Self.text()
        let alone = Self.part(text, threadedFrom: .max, pieces: 1_000)
        let threaded = Self.part(text, threadedFrom: threadedFrom, pieces: 313)
        #expect(threaded.packed == alone.packed)
        #expect(threaded.crc == alone.crc)
        #expect(threaded.size == text.count)
        let inflated = try Inflater.inflate(threaded.packed[...], part: "sheet", sizeHint: text.count, limits: .default)
        #expect(inflated == text)
    }

    @Test("a deflater dropped unfinished waits for its thread before its chunks go (AddressSanitizer sees it)")
    func droppedUnfinished() {
        var deflater: Deflater? = Deflater(speedingUp: true, threadedFrom: 0)
        Self.text().prefix(1 << 20).withUnsafeBufferPointer { deflater?.write($0) }
        #expect(deflater?.held ?? 0 <= (1 + DeflateThread.inFlight) * Deflater.chunk)
        deflater = nil
    }
}
