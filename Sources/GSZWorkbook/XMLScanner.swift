#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull reader for the XML that workbooks are made of: elements, attributes, text.
///
/// Deliberately small: no document types (a DOCTYPE is refused, so no entity can expand),
/// only the five predefined entities and character references, namespaces reduced to local
/// names (`x:c` and `c` are the same element, as workbook writers differ in prefixes).
/// Works on byte ranges of the part, so walking a sheet allocates only for the values kept.
struct XMLScanner {
    /// One step through the part.
    enum Token {
        /// `<name attributes>`; `empty` for `<name/>`.
        case start(name: Range<Int>, attributes: Range<Int>, empty: Bool)
        /// `</name>`
        case end(name: Range<Int>)
        /// Character data between tags, still escaped (`.cdata` is not).
        case text(Range<Int>)
        /// A CDATA section's content, as is.
        case cdata(Range<Int>)
    }

    let bytes: [UInt8]
    let part: String
    private(set) var offset = 0

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    private func malformed(_ reason: String) -> WorkbookError {
        WorkbookError(.malformedXML(part: part, reason: reason + " at byte \(offset)"))
    }

    /// The next token, or nil at the end of the part.
    mutating func next() throws(WorkbookError) -> Token? {
        while offset < bytes.count {
            guard bytes[offset] == UInt8(ascii: "<") else {
                let start = offset
                offset = find(UInt8(ascii: "<"), from: offset) ?? bytes.count
                return .text(start..<offset)
            }
            guard offset + 1 < bytes.count else { throw malformed("a '<' at the end") }
            switch bytes[offset + 1] {
            case UInt8(ascii: "?"):
                offset = try after("?>")
            case UInt8(ascii: "!"):
                if has("<!--") {
                    offset = try after("-->")
                } else if has("<![CDATA[") {
                    let start = offset + 9
                    offset = try after("]]>")
                    return .cdata(start..<(offset - 3))
                } else if has("<!DOCTYPE") || has("<!doctype") {
                    throw WorkbookError(.doctype(part: part))
                } else {
                    throw malformed("a declaration")
                }
            case UInt8(ascii: "/"):
                let nameStart = offset + 2
                guard let close = find(UInt8(ascii: ">"), from: nameStart) else { throw malformed("an unclosed tag") }
                var nameEnd = close
                while nameEnd > nameStart, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
                offset = close + 1
                return .end(name: nameStart..<nameEnd)
            default:
                return try startTag()
            }
        }
        return nil
    }

    private mutating func startTag() throws(WorkbookError) -> Token {
        let nameStart = offset + 1
        var index = nameStart
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        let nameEnd = index
        guard nameEnd > nameStart else { throw malformed("a tag without a name") }
        // Find the tag's end outside quoted attribute values, which may hold '>'.
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        guard index < bytes.count else { throw malformed("an unclosed tag") }
        let empty = bytes[index - 1] == UInt8(ascii: "/")
        offset = index + 1
        return .start(name: nameStart..<nameEnd, attributes: nameEnd..<(empty ? index - 1 : index), empty: empty)
    }

    /// Skips to the end of the element whose start tag was just read (not an empty one).
    mutating func skipElement() throws(WorkbookError) {
        var depth = 1
        while depth > 0, let token = try next() {
            switch token {
            case .start(_, _, let empty): if !empty { depth += 1 }
            case .end: depth -= 1
            default: break
            }
        }
        guard depth == 0 else { throw malformed("an element left open") }
    }

    /// Whether the local name (after any prefix) of `range` is `name`.
    func isNamed(_ range: Range<Int>, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        // Compare the name's tail first: a prefixed name (`x:c`) ends in the local name.
        guard range.count >= length else { return false }
        let start = range.upperBound - length
        guard start == range.lowerBound || bytes[start - 1] == UInt8(ascii: ":") else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            name.withUTF8Buffer { wanted in memcmp(buffer.baseAddress! + start, wanted.baseAddress!, length) == 0 }  // both non-empty
        }
    }

    /// The decoded value of the attribute whose local name is `name`, or nil.
    func attribute(_ name: StaticString, in range: Range<Int>) throws(WorkbookError) -> String? {
        guard let value = try attributeRange(name, in: range) else { return nil }
        return try decode(value)
    }

    /// The attribute `name` read as a whole number (digits only, as workbooks write indexes
    /// and row numbers), or nil when absent or not a number; no string is made.
    func integerAttribute(_ name: StaticString, in range: Range<Int>) throws(WorkbookError) -> Int? {
        guard let value = try attributeRange(name, in: range), !value.isEmpty, value.count < 10 else { return nil }
        var number = 0
        for index in value {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            number = number * 10 + digit
        }
        return number
    }

    /// Where the raw value of attribute `name` lies, or nil.
    func attributeRange(_ name: StaticString, in range: Range<Int>) throws(WorkbookError) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, Self.isSpace(bytes[index]) { index += 1 }
            guard index < range.upperBound else { break }
            let nameStart = index
            while index < range.upperBound, bytes[index] != UInt8(ascii: "="), !Self.isSpace(bytes[index]) { index += 1 }
            let nameRange = nameStart..<index
            while index < range.upperBound, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "=") { index += 1 }
            guard index < range.upperBound, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw malformed("an attribute without a quoted value")
            }
            let quote = bytes[index]
            let valueStart = index + 1
            guard let valueEnd = find(quote, from: valueStart), valueEnd < range.upperBound + 1 else {
                throw malformed("an unclosed attribute value")
            }
            index = valueEnd + 1
            let isNamespace = nameRange.count >= 5 && bytes[nameStart] == UInt8(ascii: "x") && bytes[nameStart + 4] == UInt8(ascii: "s")
                && bytes[nameRange].starts(with: "xmlns".utf8)
            if !isNamespace, isNamed(nameRange, name) { return valueStart..<valueEnd }
        }
        return nil
    }

    /// `range`'s text with entities and character references replaced.
    func decode(_ range: Range<Int>) throws(WorkbookError) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = find(UInt8(ascii: ";"), from: index), semicolon < range.upperBound,
                  let scalar = Self.entity(bytes[(index + 1)..<semicolon]) else {
                throw malformed("an unknown entity")
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(1)).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }

    private func has(_ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { wanted in
            offset + wanted.count <= bytes.count && zip(bytes[offset...], wanted).allSatisfy { $0 == $1 }
        }
    }

    private func after(_ literal: StaticString) throws(WorkbookError) -> Int {
        let first = literal.withUTF8Buffer { $0[0] }
        let length = literal.utf8CodeUnitCount
        var index = offset + 2
        while let found = find(first, from: index) {
            let matches = literal.withUTF8Buffer { wanted in
                found + length <= bytes.count && zip(bytes[found...], wanted).allSatisfy { $0 == $1 }
            }
            if matches { return found + length }
            index = found + 1
        }
        throw malformed("an unclosed '\(literal)'")
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard start < buffer.count else { return nil }
            guard let base = buffer.baseAddress,
                  let found = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
