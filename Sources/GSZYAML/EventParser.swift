internal import CYAML

/// One libyaml event parser over bytes that outlive it.
///
/// The parser lives at a fixed heap address (libyaml keeps pointers into its own state)
/// and is freed in `deinit`; each event is freed by the caller right after use.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Where a parser fed in chunks is in its input.
    private let chunks: UnsafeMutablePointer<ChunkedInput>?
    /// Whether libyaml could set itself up (it fails only when memory runs out).
    let isReady: Bool

    /// A parser over `input`, which must stay alive and unchanged while this parser is used.
    /// libyaml asserts a non-null pointer, so empty input is answered before this point.
    ///
    /// With `chunk`, libyaml is handed at most that many bytes at a time: it decodes all it
    /// is handed at once, so a parser that stops after a few events then reads little more
    /// than those events.
    init(input: UnsafeBufferPointer<UInt8>, chunk: Int? = nil) {
        parser = .allocate(capacity: 1)
        isReady = yaml_parser_initialize(parser) == 1 && input.baseAddress != nil
        guard isReady, let start = input.baseAddress else {
            chunks = nil
            return
        }
        guard let chunk else {
            chunks = nil
            yaml_parser_set_input_string(parser, start, input.count)
            return
        }
        let state = UnsafeMutablePointer<ChunkedInput>.allocate(capacity: 1)
        state.initialize(to: ChunkedInput(start: start, count: input.count, chunk: max(1, chunk)))
        chunks = state
        yaml_parser_set_input(parser, { data, buffer, size, read in
            guard let data, let buffer, let read else { return 0 }
            read.pointee = data.assumingMemoryBound(to: ChunkedInput.self).pointee.next(into: buffer, size: size)
            return 1
        }, state)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        chunks?.deallocate()
    }

    /// Parses the next event into `event`; `false` means libyaml stopped with an error.
    func next(into event: UnsafeMutablePointer<yaml_event_t>) -> Bool {
        yaml_parser_parse(parser, event) == 1
    }

    /// The error libyaml stopped with, located in `source` (which libyaml read with the
    /// pairs of `escapes` rewritten).
    func failure(in source: [UInt8], escapes: SurrogateEscapes?) -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            let offset = escapes?.originalOffset(Int(state.problem_offset)) ?? Int(state.problem_offset)
            let at = SourceLocation.of(offset: offset, in: source)
            if problem.hasPrefix("control characters") {
                return YAMLError(.controlCharacter(UInt32(bitPattern: state.problem_value)), at: at)
            }
            let byte = offset < source.count ? source[offset] : nil
            return YAMLError(.invalidUTF8(byte: byte), at: at)
        case YAML_MEMORY_ERROR:
            return YAMLError(.syntax(problem: "out of memory", context: nil), at: nil)
        default:
            let locate = { (mark: yaml_mark_t) in escapes?.location(of: mark) ?? SourceLocation(mark) }
            if problem == "found invalid Unicode character escape code", let lone = loneEscape(state.problem_mark, in: escapes) {
                return YAMLError(.unpairedSurrogate(lone.escape), at: locate(lone.mark))
            }
            let context = state.context.map { String(cString: $0) }
            // A quote never closed runs to the end of the file, where libyaml notices; the
            // place to fix is the quote that opened it, which libyaml keeps as the context mark.
            let unclosedQuote = context == "while scanning a quoted scalar" && problem == "found unexpected end of stream"
            let at = locate(unclosedQuote ? state.context_mark : state.problem_mark)
            return YAMLError(.syntax(problem: problem, context: context), at: at)
        }
    }
}

/// Input handed to libyaml a chunk at a time.
struct ChunkedInput {
    let start: UnsafePointer<UInt8>
    let count: Int
    let chunk: Int
    var offset = 0

    /// Copies the next chunk, at most `size` bytes, into `buffer`; the count copied (0 at the end).
    mutating func next(into buffer: UnsafeMutablePointer<UInt8>, size: Int) -> Int {
        let length = min(size, chunk, count - offset)
        buffer.update(from: start + offset, count: length)
        offset += length
        return length
    }
}

extension EventParser {
    /// The lone surrogate escape libyaml refused at `mark`, which it puts at the escape's
    /// first hex digit, two characters after its backslash; and the backslash's mark.
    private func loneEscape(_ mark: yaml_mark_t, in escapes: SurrogateEscapes?) -> (escape: String, mark: yaml_mark_t)? {
        guard let escapes, mark.column >= 2 else { return nil }
        var backslash = mark
        backslash.index -= 2
        backslash.column -= 2
        return escapes.loneEscape(at: Int(backslash.index)).map { ($0.escape, backslash) }
    }
}

extension SourceLocation {
    /// Converts libyaml's 0-based mark; the one place where that happens.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
