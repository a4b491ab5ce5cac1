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

    /// The error libyaml stopped with, once `next` has returned `false`.
    var failure: ParserFailure { ParserFailure(parser.pointee) }
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

extension SourceLocation {
    /// Converts libyaml's 0-based mark; the one place where that happens.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
