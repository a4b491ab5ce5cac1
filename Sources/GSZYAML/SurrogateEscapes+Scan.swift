#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SurrogateEscapes {
    /// One pass over the source that finds the surrogate escapes and rewrites the pairs.
    struct Scan {
        let source: [UInt8]
        /// The rewritten text, made only once a pair is rewritten.
        var rewritten: [UInt8]?
        var sites: [Site] = []
        var lone: [Lone] = []
        var ordinals: [Int] = []
        /// Source bytes already copied into `rewritten`.
        private var copied = 0
        /// Source bytes whose characters are counted in `characters`.
        private var counted: Int
        private var characters = 0
        /// Every pair met, rewritten or not.
        private var pairs = 0

        init(source: [UInt8]) {
            self.source = source
            // libyaml drops a byte-order mark before counting characters.
            counted = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }

        /// Scans the whole source; whether it holds any surrogate escape.
        mutating func run(rewrite: (Int) -> Bool) -> Bool {
            var position = 0
            var found = false
            while let slash = nextBackslash(from: position) {
                var end = slash
                while end < source.count, source[end] == UInt8(ascii: "\\") { end += 1 }
                position = end
                // In a run of backslashes, pairs are escaped backslashes; only an odd one out
                // starts an escape.
                guard (end - slash) % 2 == 1, let (high, length) = escape(at: end - 1) else { continue }
                let start = end - 1
                guard (0xD800...0xDFFF).contains(high) else { continue }
                found = true
                if (0xD800...0xDBFF).contains(high), length == 6, let (low, lowLength) = escape(at: start + 6),
                   lowLength == 6, (0xDC00...0xDFFF).contains(low) {
                    if rewrite(pairs) { rewritePair(at: start, scalar: 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) }
                    pairs += 1
                    position = start + 12
                } else {
                    lone.append(Lone(index: readIndex(of: start), escape: String(decoding: source[start..<start + length], as: UTF8.self)))
                    position = start + length
                }
            }
            if rewritten != nil { rewritten?.append(contentsOf: source[copied...]) }
            return found
        }

        private mutating func rewritePair(at start: Int, scalar: UInt32) {
            sites.append(Site(index: readIndex(of: start), offset: start - SurrogateEscapes.shrink * sites.count))
            ordinals.append(pairs)
            if rewritten == nil { rewritten = []; rewritten?.reserveCapacity(source.count) }
            let hex = String(scalar, radix: 16, uppercase: true)
            rewritten?.append(contentsOf: source[copied..<start])
            rewritten?.append(contentsOf: Array(("\\U" + String(repeating: "0", count: 8 - hex.count) + hex).utf8))
            copied = start + 12
        }

        /// Where source byte `position` stands in the text libyaml reads, in characters.
        private mutating func readIndex(of position: Int) -> Int {
            for byte in source[counted..<position] where !(0x80...0xBF).contains(byte) { characters += 1 }
            counted = position
            return characters - SurrogateEscapes.shrink * sites.count
        }

        /// The value and length of a `\uXXXX` or `\UXXXXXXXX` escape starting at `start`.
        private func escape(at start: Int) -> (UInt32, Int)? {
            guard start + 1 < source.count else { return nil }
            let digits = switch source[start + 1] {
            case UInt8(ascii: "u"): 4
            case UInt8(ascii: "U"): 8
            default: 0
            }
            guard digits > 0, start + 2 + digits <= source.count else { return nil }
            var value: UInt32 = 0
            for byte in source[(start + 2)..<(start + 2 + digits)] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return (value, 2 + digits)
        }

        private func nextBackslash(from position: Int) -> Int? {
            guard position < source.count else { return nil }
            return source.withUnsafeBufferPointer { bytes -> Int? in
                // memchr: a 16 MiB report is scanned for backslashes before every read.
                guard let found = memchr(bytes.baseAddress! + position, 0x5C, bytes.count - position) else { return nil }  // non-empty here
                return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
            }
        }
    }
}
