internal import CYAML

/// The error libyaml stopped with, as its parser held it, to be located once the composer
/// has read every event before it.
struct ParserFailure: Sendable {
    let kind: yaml_error_type_t
    let problem: String
    let problemOffset: Int
    let problemValue: Int32
    let problemMark: yaml_mark_t
    let context: String?
    let contextMark: yaml_mark_t

    init(_ parser: yaml_parser_t) {
        kind = parser.error
        problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        problemOffset = Int(parser.problem_offset)
        problemValue = parser.problem_value
        problemMark = parser.problem_mark
        context = parser.context.map { String(cString: $0) }
        contextMark = parser.context_mark
    }

    /// The failure of a parser libyaml could not set up (it fails only when memory runs out).
    static let outOfMemory = ParserFailure(kind: YAML_MEMORY_ERROR)

    private init(kind: yaml_error_type_t) {
        self.kind = kind
        problem = "out of memory"
        problemOffset = 0
        problemValue = 0
        problemMark = yaml_mark_t()
        context = nil
        contextMark = yaml_mark_t()
    }

    /// The error located in `source` (which libyaml read with the pairs of `escapes` rewritten).
    func error(in source: [UInt8], escapes: SurrogateEscapes?) -> YAMLError {
        switch kind {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            let offset = escapes?.originalOffset(problemOffset) ?? problemOffset
            let at = SourceLocation.of(offset: offset, in: source)
            if problem.hasPrefix("control characters") {
                return YAMLError(.controlCharacter(UInt32(bitPattern: problemValue)), at: at)
            }
            let byte = offset < source.count ? source[offset] : nil
            return YAMLError(.invalidUTF8(byte: byte), at: at)
        case YAML_MEMORY_ERROR:
            return YAMLError(.syntax(problem: "out of memory", context: nil), at: nil)
        default:
            let locate = { (mark: yaml_mark_t) in escapes?.location(of: mark) ?? SourceLocation(mark) }
            if problem == "found invalid Unicode character escape code", let lone = loneEscape(in: escapes) {
                return YAMLError(.unpairedSurrogate(lone.escape), at: locate(lone.mark))
            }
            // A quote never closed runs to the end of the file, where libyaml notices; the
            // place to fix is the quote that opened it, which libyaml keeps as the context mark.
            let unclosedQuote = context == "while scanning a quoted scalar" && problem == "found unexpected end of stream"
            let at = locate(unclosedQuote ? contextMark : problemMark)
            return YAMLError(.syntax(problem: problem, context: context), at: at)
        }
    }

    /// The lone surrogate escape libyaml refused at its problem mark, which it puts at the
    /// escape's first hex digit, two characters after its backslash; and the backslash's mark.
    private func loneEscape(in escapes: SurrogateEscapes?) -> (escape: String, mark: yaml_mark_t)? {
        guard let escapes, problemMark.column >= 2 else { return nil }
        var backslash = problemMark
        backslash.index -= 2
        backslash.column -= 2
        return escapes.loneEscape(at: Int(backslash.index)).map { ($0.escape, backslash) }
    }
}
