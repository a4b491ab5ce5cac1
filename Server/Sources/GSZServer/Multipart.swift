/// One part of a `multipart/form-data` body (RFC 7578).
struct FormPart {
    /// The field's name.
    var name: String
    /// The file's name, for a file field.
    var fileName: String?
    /// The content, as sent.
    var bytes: [UInt8]
}

/// Reads a `multipart/form-data` body already held in memory (the body limit bounds it).
enum Multipart {
    /// The parts of `body` delimited by `boundary`, in order; `nil` when the body is not
    /// such a form (no opening delimiter, a part without its end, a header without a name).
    static func parse(_ body: [UInt8], boundary: String) -> [FormPart]? {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        let separator = Array(("\r\n--" + boundary).utf8)
        guard var cursor = find(delimiter, in: body, from: 0).map({ $0 + delimiter.count }) else { return nil }
        var parts: [FormPart] = []
        while true {
            if body.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")], at: cursor) { return parts }
            cursor = skipLineEnd(body, at: cursor)
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: body, from: cursor) else { return nil }
            guard let header = String(validating: body[cursor..<headerEnd], as: UTF8.self),
                  let disposition = Self.disposition(header) else { return nil }
            let start = headerEnd + 4
            guard let end = find(separator, in: body, from: start) else { return nil }
            parts.append(FormPart(name: disposition.name, fileName: disposition.fileName, bytes: Array(body[start..<end])))
            cursor = end + separator.count
        }
    }

    /// The field and file names of a part's `Content-Disposition: form-data` header.
    static func disposition(_ header: String) -> (name: String, fileName: String?)? {
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                  line[..<colon].lowercased() == "content-disposition" else { continue }
            let value = String(line[line.index(after: colon)...])
            var pieces = MediaType.split(value)
            guard !pieces.isEmpty, pieces.removeFirst().lowercased() == "form-data" else { return nil }
            var fields: [String: String] = [:]
            for piece in pieces {
                guard let equals = piece.firstIndex(of: "=") else { continue }
                var text = piece[piece.index(after: equals)...].trimmingCharacters(in: " \t")
                if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                    text = String(text.dropFirst().dropLast()).replacingEscapes()
                }
                fields[piece[..<equals].trimmingCharacters(in: " \t").lowercased()] = text
            }
            guard let name = fields["name"] else { return nil }
            return (name, fields["filename"])
        }
        return nil
    }

    /// Past one CRLF (or a bare LF) at `index`, if there is one.
    private static func skipLineEnd(_ body: [UInt8], at index: Int) -> Int {
        if body.starts(with: [13, 10], at: index) { return index + 2 }
        if index < body.count, body[index] == 10 { return index + 1 }
        return index
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = from
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                while index <= last {
                    if hay[index] == first, memcmpEqual(hay, index, pin) { return index }
                    index += 1
                }
                return nil
            }
        }
    }

    private static func memcmpEqual(_ hay: UnsafeBufferPointer<UInt8>, _ at: Int, _ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 1..<pin.count where hay[at + offset] != pin[offset] { return false }
        return true
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes from `index` on begin with `prefix`.
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= count else { return false }
        return self[index..<(index + prefix.count)].elementsEqual(prefix)
    }
}

/// Reads an `application/x-www-form-urlencoded` body: what a form without a file sends.
enum URLEncodedForm {
    /// The fields of `body`, in order, names and values decoded (`+` is a space).
    static func parse(_ body: [UInt8]) -> [FormPart] {
        body.split(separator: UInt8(ascii: "&")).map { pair in
            let halves = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(decoding: decode(halves[0]), as: UTF8.self)
            return FormPart(name: name, fileName: nil, bytes: halves.count > 1 ? decode(halves[1]) : [])
        }
    }

    /// Percent-escapes and `+` undone; a malformed escape is kept as it is.
    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                result.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                      let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                result.append(high << 4 | low)
                index += 3
                continue
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
