/// Text from reports and file names made safe to show to a person: every character that
/// would act on a terminal or a log instead of being seen becomes a visible escape.
///
/// A report is written by someone else. A `project:` holding `\e]0;title\a\e[2J` would
/// retitle and clear the officer's terminal; a newline in a value or a file name would
/// forge a line such as `other.yaml: maximal`, or in a CI log a `::error` command; a bidi
/// override would show `S1` as something else. Every renderer people read (text, summary,
/// GitHub, Markdown, the diagnostics on standard error) passes what it did not write itself
/// through `escape`.
///
/// Escapes are written as YAML writes them in a double-quoted string, so a reader can look
/// the value up in the report: `\n`, `\r`, `\t`, `\x1B` for the other C0 and C1 controls
/// and DEL, `\u202E` for the bidi controls (U+202A–U+202E, U+2066–U+2069) and the line and
/// paragraph separators (U+2028, U+2029).
public enum VisibleText {
    /// Whether `scalar` must be shown as an escape.
    public static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every character of `mustEscape` replaced by its escape; tabs kept when
    /// `keepingTabs` (a quoted source line, where they line the caret up).
    public static func escape(_ text: String, keepingTabs: Bool = false) -> String {
        // Almost every text has nothing to escape: a byte scan finds that without decoding.
        guard needsWork(text.utf8, keepingTabs: keepingTabs) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "\t" && keepingTabs || !mustEscape(scalar) {
                escaped.unicodeScalars.append(scalar)
            } else {
                escaped += escape(scalar)
            }
        }
        return escaped
    }

    /// The escape for one scalar `mustEscape` picks.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return scalar.value < 0x100
                ? "\\x" + String(repeating: "0", count: 2 - digits.count) + digits
                : "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
    }

    /// Whether any byte could start a character to escape: below 0x20, DEL, the lead of a
    /// C1 control (0xC2 0x80–0x9F), U+2028–U+202E (0xE2 0x80 0xA8–0xAE) or U+2066–U+2069
    /// (0xE2 0x81 0xA6–0xA9).
    private static func needsWork(_ bytes: String.UTF8View, keepingTabs: Bool) -> Bool {
        // A native string's bytes are read in place; the view's own iterator costs several
        // times more a byte, and every value of a report passes here on its way out.
        bytes.withContiguousStorageIfAvailable { needsWork($0, keepingTabs: keepingTabs) }
            ?? needsWork(Array(bytes), keepingTabs: keepingTabs)
    }

    private static func needsWork(_ bytes: some Collection<UInt8>, keepingTabs: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 && !(keepingTabs && byte == 0x09) || byte == 0x7F { return true }
            if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (0xA8...0xAE).contains(byte) { return true }
            if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }
}
