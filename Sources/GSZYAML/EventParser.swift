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

    /// The error libyaml stopped with, located in `source`.
    func failure(in source: [UInt8]) -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            let at = SourceLocation.of(offset: Int(state.problem_offset), in: source)
            if problem.hasPrefix("control characters") {
                return YAMLError(.controlCharacter(UInt32(bitPattern: state.problem_value)), at: at)
            }
            let offset = Int(state.problem_offset)
            let byte = offset < source.count ? source[offset] : nil
            return YAMLError(.invalidUTF8(byte: byte), at: at)
        case YAML_MEMORY_ERROR:
            return YAMLError(.syntax(problem: "out of memory", context: nil), at: nil)
        default:
            let context = state.context.map { String(cString: $0) }
            // A quote never closed runs to the end of the file, where libyaml notices; the
            // place to fix is the quote that opened it, which libyaml keeps as the context mark.
            let unclosedQuote = context == "while scanning a quoted scalar" && problem == "found unexpected end of stream"
            let at = SourceLocation(unclosedQuote ? state.context_mark : state.problem_mark)
            return YAMLError(.syntax(problem: problem, context: context), at: at)
        }
    }
}

extension SourceLocation {
    /// Converts libyaml's 0-based mark; the one place where that happens.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
