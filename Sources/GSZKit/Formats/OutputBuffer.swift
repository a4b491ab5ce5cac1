import GSZWorkbook
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes being written for one output, with the escaping each format needs.
///
/// Renderers append here rather than building strings, so a 10,000-file batch renders in
/// time comparable to parsing it.
public struct OutputBuffer: ~Copyable {
    // Raw storage: renderers append many short pieces, and an array's per-append checks
    // cost more than the copying itself. From the C allocator, so that growing is `realloc`:
    // a large block is moved by remapping its pages, never held twice while it is copied (a
    // 16 MiB report writes 49 MB of HTML).
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    public private(set) var count = 0

    /// An empty buffer.
    public init() {
        capacity = 4096
        start = Self.allocate(capacity)
    }

    deinit {
        free(start)
    }

    // Out of memory stops the process here as it would in Swift's own allocator.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let block = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes of output") }
        return block.assumingMemoryBound(to: UInt8.self)
    }

    /// The bytes so far, copied out.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The bytes written, handed over without a copy: one report of 100,000 services renders
    /// tens of megabytes of HTML, and a copy would hold them twice.
    public consuming func finish() -> WrittenBytes {
        let written = WrittenBytes(taking: start, count: count)
        discard self  // ownership passes to `written`: no deinit, no copy
        return written
    }

    /// Calls `body` with the bytes so far, without copying them.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Appends raw bytes.
    public mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        (start + count).update(from: source, count: raw.count)
        count += raw.count
    }

    /// Appends one byte.
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Appends `"name": `, a JSON key that needs no escapes, after `, ` when `comma`, with one
    /// check of the capacity: the JSON format writes one for every value.
    mutating func writeJSONKey(_ name: UnsafeBufferPointer<UInt8>, comma: Bool = false) {
        reserve(name.count + 6)
        if comma {
            start[count] = UInt8(ascii: ",")
            start[count + 1] = UInt8(ascii: " ")
            count += 2
        }
        start[count] = UInt8(ascii: "\"")
        if let source = name.baseAddress { (start + count + 1).update(from: source, count: name.count) }
        count += name.count + 1
        start[count] = UInt8(ascii: "\"")
        start[count + 1] = UInt8(ascii: ":")
        start[count + 2] = UInt8(ascii: " ")
        count += 3
    }

    /// Appends `text` in quotes as it is, for text known to need no JSON escapes.
    mutating func writeQuoted(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            reserve(utf8.count + 2)
            start[count] = UInt8(ascii: "\"")
            if let source = utf8.baseAddress { (start + count + 1).update(from: source, count: utf8.count) }
            count += utf8.count + 1
            start[count] = UInt8(ascii: "\"")
            count += 1
        }
    }

    // The check inlined where bytes are written, the growing (rare) out of line: every
    // append of every format goes through here.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(more) }
    }

    @inline(never)
    private mutating func grow(_ more: Int) {
        let newCapacity = max(capacity * 2, count + more)
        guard let grown = realloc(start, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes of output") }
        start = grown.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// Appends text as is.
    public mutating func write(_ text: String) {
        // Read in place: copying into a mutable string first would allocate for each write.
        let done = text.utf8.withContiguousStorageIfAvailable { append($0) } != nil
        if !done { Array(text.utf8).withUnsafeBufferPointer { append($0) } }
    }

    /// Appends `count` spaces (none where `count` is not positive): a column's padding.
    public mutating func write(spaces count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (start + self.count).initialize(repeating: UInt8(ascii: " "), count: count)
        self.count += count
    }

    /// Appends a literal: its bytes are already in the binary, no string to unpack.
    public mutating func write(literal text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends a whole number in decimal.
    public mutating func write(_ number: Int) {
        DecimalDigits.withDigits(of: number) { append($0) }
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        count = 0
    }

    /// Appends `text` as a JSON string, quotes included, control characters (C0, DEL, C1) as `\u00XX`.
    public mutating func writeJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs that need no escaping in one go; most text is such a run.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                var byte = utf8[index]
                index += 1
                // DEL and the C1 controls (C2 80…C2 9F) are valid raw, but escaped they cannot
                // upset a terminal or a log that shows the JSON.
                let control = byte == 0x7F || (byte == 0xC2 && index < utf8.count && utf8[index] < 0xA0 && utf8[index] >= 0x80)
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || control else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index - 1]))
                if byte == 0xC2 {
                    byte = utf8[index]
                    index += 1
                }
                runStart = index
                append(92)  // backslash
                switch byte {
                case UInt8(ascii: "\""): append(34)
                case UInt8(ascii: "\\"): append(92)
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0D: append(UInt8(ascii: "r"))
                case 0x09: append(UInt8(ascii: "t"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let digits = hex.utf8Start
                    for byte in [UInt8(ascii: "u"), 48, 48, digits[Int(byte >> 4)], digits[Int(byte & 15)]] { append(byte) }
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends a number as JSON: whole numbers without a fraction, others in their shortest
    /// exact form (`88.46153846153847`).
    mutating func writeJSONNumber(_ value: Double) {
        if value.rounded() == value && abs(value) < 1e15 {
            write(Int(value))
        } else {
            write(value.description)
        }
    }

    /// Appends text escaped for XML and HTML content and attribute values.
    ///
    /// Characters XML 1.0 cannot carry at all (C0 controls but tab and line breaks, U+FFFE,
    /// U+FFFF) and the C1 controls, which readers choke on, become U+FFFD. With `attribute`,
    /// tab and line breaks become character references, which survive attribute-value
    /// normalization; in content they stay as they are, except CR, which a parser would fold.
    /// Bidi controls and the line and paragraph separators are shown as `VisibleText` shows them.
    mutating func writeEscapedMarkup(_ text: String, attribute: Bool = false) {
        var text = text
        text.withUTF8 { utf8 in
            // Runs of bytes that need nothing are copied whole: a page of a large report
            // escapes hundreds of thousands of texts, nearly all of them without a byte to change.
            var index = 0
            var plain = 0  // the first byte not yet written
            while index < utf8.count {
                guard Self.mayStartEscape(utf8[index]),
                      let (replacement, length) = Self.markupEscape(utf8, at: index, attribute: attribute) else {
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[plain..<index]))
                write(replacement)
                index += length
                plain = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[plain..<utf8.count]))
        }
    }

    /// Whether `byte` is one `markupEscape` looks at: a control, `"`, `&`, `'`, `<`, `>`, DEL,
    /// or the lead byte of a C1 control, a bidi control or U+FFFE/U+FFFF.
    @inline(__always)
    private static func mayStartEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x7F, 0xC2, 0xE2, 0xEF: true
        default: false
        }
    }

    /// What the bytes at `index` are written as, and how many bytes that replaces; nil for a
    /// byte written as it is.
    private static func markupEscape(
        _ utf8: UnsafeBufferPointer<UInt8>, at index: Int, attribute: Bool
    ) -> (String, Int)? {
        let byte = utf8[index]
        let next = index + 1
        switch byte {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        // Only attributes can be quoted with apostrophes; in content they read as they are.
        case UInt8(ascii: "'") where attribute: return ("&#39;", 1)
        case 0x0D: return ("&#13;", 1)
        case 0x09, 0x0A: return attribute ? (byte == 0x09 ? "&#9;" : "&#10;", 1) : nil
        case 0..<0x20, 0x7F: return ("\u{FFFD}", 1)
        // U+0080…U+009F, the C1 controls, are C2 80…C2 9F in UTF-8.
        case 0xC2 where next < utf8.count && (0x80...0x9F).contains(utf8[next]):
            return ("\u{FFFD}", 2)
        // The bidi controls and the line and paragraph separators (E2 80 A8…AE, E2 81 A6…A9)
        // would reorder or break what a page shows: written as `VisibleText` writes them.
        case 0xE2 where next + 1 < utf8.count
            && (utf8[next] == 0x80 && (0xA8...0xAE).contains(utf8[next + 1])
                || utf8[next] == 0x81 && (0xA6...0xA9).contains(utf8[next + 1])):
            let scalar = 0x2000 | UInt32(utf8[next] & 0x3F) << 6 | UInt32(utf8[next + 1] & 0x3F)
            return (VisibleText.escape(Unicode.Scalar(scalar)!), 3)  // in U+2028…U+2069
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        case 0xEF where next + 1 < utf8.count && utf8[next] == 0xBF && utf8[next + 1] >= 0xBE:
            return ("\u{FFFD}", 3)
        default: return nil
        }
    }
}

/// Bytes a renderer wrote, owned until the last reference goes.
///
/// Unchecked `Sendable`: the bytes never change after `OutputBuffer.finish` hands them over,
/// so threads may read them at once.
public final class WrittenBytes: @unchecked Sendable {
    private let start: UnsafeMutablePointer<UInt8>
    /// How many bytes there are.
    public let count: Int

    fileprivate init(taking start: UnsafeMutablePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    deinit {
        free(start)  // from `OutputBuffer`'s allocator
    }

    /// Calls `body` with the bytes, without copying them.
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }
}
