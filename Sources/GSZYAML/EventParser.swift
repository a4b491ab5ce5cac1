internal import CYAML

/// One libyaml event parser over bytes that outlive it.
///
/// The parser lives at a fixed heap address (libyaml keeps pointers into its own state)
/// and is freed in `deinit`; each event is freed by the caller right after use.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Whether libyaml could set itself up (it fails only when memory runs out).
    let isReady: Bool

    /// A parser over `input`, which must stay alive and unchanged while this parser is used.
    /// libyaml asserts a non-null pointer, so empty input is answered before this point.
    init(input: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        isReady = yaml_parser_initialize(parser) == 1 && input.baseAddress != nil
        if isReady, let start = input.baseAddress {
            yaml_parser_set_input_string(parser, start, input.count)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
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
