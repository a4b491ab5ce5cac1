/// Escaping for text written into XML parts.
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute; characters XML 1.0 does
    /// not allow (most control characters) are dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Calls `body` with the pieces of `text` (UTF-8) escaped as `escaped` spells it, without
    /// building the escaped string: runs of the text between the bytes that need escaping,
    /// and the entities that replace those.
    static func escapedRuns(of text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var run = 0
        var index = 0
        func flush(skipping skipped: Int, then entity: StaticString? = nil) {
            if index > run { body(UnsafeBufferPointer(rebasing: text[run..<index])) }
            entity?.withUTF8Buffer(body)
            index += skipped
            run = index
        }
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "&"): flush(skipping: 1, then: "&amp;")
            case UInt8(ascii: "<"): flush(skipping: 1, then: "&lt;")
            case UInt8(ascii: ">"): flush(skipping: 1, then: "&gt;")
            case UInt8(ascii: "\""): flush(skipping: 1, then: "&quot;")
            case 0x09, 0x0A, 0x0D: index += 1
            case 0..<0x20: flush(skipping: 1)
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            case 0xEF where index + 2 < text.count && text[index + 1] == 0xBF && text[index + 2] >= 0xBE: flush(skipping: 3)
            default: index += 1
            }
        }
        flush(skipping: 0)
    }
}
