internal import CYAML

/// What the composer reads of one libyaml event: its type, where it starts and ends, and
/// the bytes it names. The pointers are valid until the stream it came from is read again.
struct ParserEvent {
    var type: yaml_event_type_t
    var startMark: yaml_mark_t
    var endMark: yaml_mark_t
    /// A scalar's style.
    var style = YAML_ANY_SCALAR_STYLE
    /// A scalar's bytes, as libyaml unescaped them.
    var value: UnsafePointer<UInt8>?
    var length = 0
    /// A scalar's or a collection's tag, NUL-terminated.
    var tag: UnsafePointer<UInt8>?
    /// The anchor a node defines, or the one an alias names; NUL-terminated.
    var anchor: UnsafePointer<UInt8>?

    init(type: yaml_event_type_t, startMark: yaml_mark_t, endMark: yaml_mark_t) {
        self.type = type
        self.startMark = startMark
        self.endMark = endMark
    }

    /// The parts of `event` the composer reads, pointing into its memory.
    init(_ event: yaml_event_t) {
        type = event.type
        startMark = event.start_mark
        endMark = event.end_mark
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            style = scalar.style
            value = UnsafePointer(scalar.value)
            length = Int(scalar.length)
            tag = UnsafePointer(scalar.tag)
            anchor = UnsafePointer(scalar.anchor)
        case YAML_SEQUENCE_START_EVENT:
            tag = UnsafePointer(event.data.sequence_start.tag)
            anchor = UnsafePointer(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            tag = UnsafePointer(event.data.mapping_start.tag)
            anchor = UnsafePointer(event.data.mapping_start.anchor)
        case YAML_ALIAS_EVENT:
            anchor = UnsafePointer(event.data.alias.anchor)
        default:
            break
        }
    }
}

/// What the composer is handed next: an event, or the error libyaml stopped with.
enum ParserStep {
    case event(ParserEvent)
    case failure(ParserFailure)
}

/// A source of libyaml events, read in order until an error or the stream's end.
protocol ParserEvents: ~Copyable {
    /// The next event; the one before it is no longer valid.
    mutating func next() -> ParserStep
}

/// libyaml's events, parsed on the calling thread as they are asked for.
struct DirectEvents: ~Copyable, ParserEvents {
    private let parser: EventParser
    /// The event last handed out, freed when the next is parsed or the stream goes.
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var holdsEvent = false

    init(_ parser: EventParser) {
        self.parser = parser
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        event.deallocate()
    }

    mutating func next() -> ParserStep {
        if holdsEvent { yaml_event_delete(event) }
        holdsEvent = parser.next(into: event)
        return holdsEvent ? .event(ParserEvent(event.pointee)) : .failure(parser.failure)
    }
}
