/// Bytes being written for one output, with the escaping each format needs.
///
/// Renderers append here rather than building strings, so a 10,000-file batch renders in
/// time comparable to parsing it.
public struct OutputBuffer: Sendable {
    /// The bytes so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {
        bytes.reserveCapacity(4096)
    }

    /// Appends text as is.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends text as is (no conversion for literals).
    public mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a whole number.
    public mutating func write(_ number: Int) {
        write(String(number))
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends `text` as a JSON string, quotes included.
    public mutating func writeJSONString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs that need no escaping in one go; most text is such a run.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
                case 0x0A: bytes.append(contentsOf: [92, 110])
                case 0x0D: bytes.append(contentsOf: [92, 114])
                case 0x09: bytes.append(contentsOf: [92, 116])
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let digits = hex.utf8Start
                    bytes.append(contentsOf: [92, 117, 48, 48, digits[Int(byte >> 4)], digits[Int(byte & 15)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a number as JSON: whole numbers without a fraction, others in their shortest
    /// exact form (`88.46153846153847`).
    public mutating func writeJSONNumber(_ value: Double) {
        if value.rounded() == value && abs(value) < 1e15 {
            write(Int(value))
        } else {
            write(value.description)
        }
    }

    /// Appends text escaped for XML and HTML content and attribute values.
    public mutating func writeEscapedMarkup(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): write("&amp;")
                case UInt8(ascii: "<"): write("&lt;")
                case UInt8(ascii: ">"): write("&gt;")
                case UInt8(ascii: "\""): write("&quot;")
                case UInt8(ascii: "'"): write("&#39;")
                // XML 1.0 cannot carry these control characters at all, even escaped.
                case 0..<0x09, 0x0B, 0x0C, 0x0E..<0x20: write("\u{FFFD}")
                default: bytes.append(byte)
                }
            }
        }
    }
}
