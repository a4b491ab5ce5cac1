public import GSZYAML

/// Finds the lines and columns that diagnostics point at in one file's bytes, carrying on
/// from the last place found.
///
/// A file can have tens of thousands of diagnostics (a generated report with a typo in
/// every service). Searching from the top for each one made quoting them quadratic: a
/// 400 KB file took most of a minute. Diagnostics come in document order, so starting from
/// the previous place reads the file about once; a place before it starts over.
public struct SourceCursor {
    /// The file's bytes.
    public let source: [UInt8]
    private var line = 1
    private var lineStart = 0
    // The last caret found: its line, column and byte, measured after any byte-order mark.
    private var caretLine = 0
    private var caretColumn = 1
    private var caretByte = 0

    /// A cursor at the start of `source`.
    public init(source: [UInt8]) {
        self.source = source
    }

    /// The source line at `location` (cut to a window around the column when long) and the
    /// blank space that puts a caret under the column, tabs kept so the caret lines up;
    /// `nil` when the file has no such line.
    public mutating func excerpt(at location: SourceLocation) -> (line: String, caretIndent: String)? {
        // A workbook's place is a cell: its bytes are zipped XML, no line to quote.
        guard location.sheet == nil, var start = start(ofLine: location.line) else { return nil }
        return source.withUnsafeBufferPointer { bytes in
            // Lines end at LF; a CR before it (or before the end of the file) is not shown.
            func isEnd(_ index: Int) -> Bool {
                index >= bytes.count || bytes[index] == 0x0A
                    || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] == 0x0A))
            }
            func isContinuation(_ index: Int) -> Bool { index < bytes.count && bytes[index] & 0xC0 == 0x80 }
            if location.line == 1, bytes[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }

            // The caret's byte: columns count scalars, so count lead bytes, from the last
            // caret when it is earlier on this line.
            var caret = start
            var column = 1
            if caretLine == location.line, caretColumn <= location.column {
                caret = caretByte
                column = caretColumn
            }
            while !isEnd(caret), column < location.column {
                caret += 1
                while isContinuation(caret) { caret += 1 }
                column += 1
            }
            (caretLine, caretColumn, caretByte) = (location.line, column, caret)

            // Lines up to 120 scalars show whole; longer ones (minified JSON) a window of 60
            // scalars either side of the caret. Only as much of the line is read as shows.
            var scalars = 0
            var probe = start
            while !isEnd(probe), scalars <= 120 {
                if !isContinuation(probe) { scalars += 1 }
                probe += 1
            }
            let reach = scalars <= 120 ? scalars : 60
            var from = caret
            var taken = 0
            while from > start, taken < reach {
                from -= 1
                while from > start, isContinuation(from) { from -= 1 }
                taken += 1
            }
            var to = caret
            taken = 0
            while !isEnd(to), taken < reach {
                to += 1
                while isContinuation(to) { to += 1 }
                taken += 1
            }
            func visible(_ range: Range<Int>) -> String {
                // Controls and bidi overrides would act on the terminal: shown as escapes.
                VisibleText.escape(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                                   keepingTabs: true)
            }
            let before = (from > start ? "…" : "") + visible(from..<caret)
            let after = visible(caret..<to) + (isEnd(to) ? "" : "…")
            var indent = ""
            indent.unicodeScalars.append(contentsOf: before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
            return (before + after, indent)
        }
    }

    /// The byte where line `wanted` starts (lines end at LF), or `nil` past the last line.
    private mutating func start(ofLine wanted: Int) -> Int? {
        if wanted < line { (line, lineStart) = (1, 0) }
        while line < wanted {
            guard let newline = source[lineStart...].firstIndex(of: 0x0A) else { return nil }
            lineStart = newline + 1
            line += 1
        }
        return lineStart
    }
}
