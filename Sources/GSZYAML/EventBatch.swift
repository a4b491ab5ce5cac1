internal import CYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of events copied out of libyaml, with the bytes they name, so one thread can
/// parse while another composes. Its storage is allocated once and reused.
final class EventBatch {
    /// One event, its bytes given as offsets into the batch's byte storage (-1 for none).
    struct Entry {
        var type: yaml_event_type_t
        var startMark: yaml_mark_t
        var endMark: yaml_mark_t
        var style: yaml_scalar_style_t
        var value: Int
        var length: Int
        var tag: Int
        var anchor: Int
    }

    private let capacity: Int
    private let entries: UnsafeMutablePointer<Entry>
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 256 << 10
    private var byteCount = 0
    private(set) var count = 0
    /// Set on the last batch: the error libyaml stopped with, after this batch's events.
    var failure: ParserFailure?

    /// An empty batch of at most `capacity` events.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        entries = .allocate(capacity: self.capacity)
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        entries.deallocate()
        bytes.deallocate()
    }

    /// Whether no other event may be added.
    var isFull: Bool { count == capacity || byteCount > byteCapacity - 1024 }

    /// Empties the batch for reuse.
    func reset() {
        count = 0
        byteCount = 0
        failure = nil
    }

    /// Copies `event` in. A batch holds at least one event whatever its size: the storage
    /// grows for a scalar larger than it.
    func append(_ event: yaml_event_t) {
        let view = ParserEvent(event)
        let needed = view.length + cStringLength(view.tag) + cStringLength(view.anchor) + 3
        if byteCount + needed > byteCapacity { grow(to: byteCount + needed) }
        entries[count] = Entry(
            type: view.type, startMark: view.startMark, endMark: view.endMark, style: view.style,
            value: copy(view.value, count: view.length), length: view.length,
            tag: copyCString(view.tag), anchor: copyCString(view.anchor))
        count += 1
    }

    /// The event at `index`, pointing into this batch's storage.
    subscript(index: Int) -> ParserEvent {
        let entry = entries[index]
        var event = ParserEvent(type: entry.type, startMark: entry.startMark, endMark: entry.endMark)
        event.style = entry.style
        event.value = entry.value < 0 ? nil : UnsafePointer(bytes + entry.value)
        event.length = entry.length
        event.tag = entry.tag < 0 ? nil : UnsafePointer(bytes + entry.tag)
        event.anchor = entry.anchor < 0 ? nil : UnsafePointer(bytes + entry.anchor)
        return event
    }

    private func cStringLength(_ text: UnsafePointer<UInt8>?) -> Int {
        text.map { strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? 0
    }

    private func copy(_ source: UnsafePointer<UInt8>?, count length: Int) -> Int {
        guard let source else { return -1 }
        let offset = byteCount
        (bytes + offset).update(from: source, count: length)
        byteCount += length
        return offset
    }

    private func copyCString(_ text: UnsafePointer<UInt8>?) -> Int {
        guard let text else { return -1 }
        let offset = copy(text, count: cStringLength(text))
        bytes[byteCount] = 0
        byteCount += 1
        return offset
    }

    private func grow(to needed: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, 2 * byteCapacity))
        larger.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = larger
        byteCapacity = max(needed, 2 * byteCapacity)
    }
}
