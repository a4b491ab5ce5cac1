/// Recognises text saved as UTF-16 or UTF-32, which libyaml would read as UTF-8 full of NULs.
///
/// Editors on Windows save "Unicode" text as UTF-16, often without a byte-order mark; read
/// as UTF-8 it is a NUL after every ASCII letter, and "control character U+0000" names the
/// symptom, not the cause a person can fix.
enum EncodingSniffer {
    /// The encoding of `bytes` when it is UTF-16 or UTF-32: by its byte-order mark or, without
    /// one, by NUL bytes alternating with the ASCII its first two characters are in; nil otherwise.
    static func foreignEncoding(of bytes: [UInt8]) -> YAMLError.TextEncoding? {
        // UTF-32's little-endian mark starts with UTF-16's, so it is asked about first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16 }
        if units(of: 4, in: bytes) { return .utf32 }
        if units(of: 2, in: bytes) { return .utf16 }
        return nil
    }

    /// Whether the first two characters are ASCII written in `width`-byte code units, either
    /// byte order: each unit one nonzero ASCII byte at one end and NULs in the rest.
    private static func units(of width: Int, in bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 * width else { return false }
        func ascii(_ unit: Int, littleEndian: Bool) -> Bool {
            let start = unit * width
            let letter = littleEndian ? start : start + width - 1
            return (0x01...0x7F).contains(bytes[letter])
                && (start..<start + width).allSatisfy { $0 == letter || bytes[$0] == 0 }
        }
        return [true, false].contains { order in ascii(0, littleEndian: order) && ascii(1, littleEndian: order) }
    }
}
