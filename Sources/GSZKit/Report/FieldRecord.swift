public import GSZYAML

/// A value read from a report field, typed by the field.
public enum FieldValue: Hashable, Sendable {
    /// Text, as written.
    case text(String)
    /// A whole number.
    case wholeNumber(Int)
    /// A number.
    case number(Double)
    /// A date.
    case date(CalendarDate)
    /// A span of dates.
    case span(DateSpan)
    /// A count: a number, or the length of a list.
    case count(Int)

    /// The value as a number, for values that are numbers.
    public var numeric: Double? {
        switch self {
        case .wholeNumber(let value), .count(let value): Double(value)
        case .number(let value): value
        case .text, .date, .span: nil
        }
    }
}

/// The values read from one record (the report header, or one service), one slot per
/// field of its layout, each with the place it was written.
public struct FieldRecord: Sendable {
    /// One field's value and place.
    public struct Entry: Sendable {
        /// The value.
        public let value: FieldValue
        /// Where the value is written.
        public let location: SourceLocation
    }

    /// Where the record starts.
    public let location: SourceLocation
    /// Which field each slot holds.
    public let layout: RecordLayout
    private var values: [Entry?]

    init(layout: RecordLayout, location: SourceLocation) {
        self.layout = layout
        self.location = location
        // Each slot set to nil in place: `Array(repeating:count:)` copies its value into
        // every slot through the type's copy routine, a cost paid for every service.
        values = Array(unsafeUninitializedCapacity: layout.count) { buffer, count in
            for slot in 0..<layout.count { (buffer.baseAddress! + slot).initialize(to: nil) }  // capacity is layout.count
            count = layout.count
        }
    }

    mutating func set(slot: Int, _ value: FieldValue, at location: SourceLocation) {
        values[slot] = Entry(value: value, location: location)
    }

    /// Forgets `slot`'s value: a field the reader warned about and ignores.
    mutating func clear(slot: Int) {
        values[slot] = nil
    }

    /// The entry in `slot`, if the field was given a valid value.
    public func entry(slot: Int) -> Entry? { values[slot] }

    /// The entry at dotted `path`, if the field was given a valid value.
    public func entry(_ path: String) -> Entry? { layout.slot(of: path).flatMap { values[$0] } }

    /// The text in `slot`.
    public func text(slot: Int) -> String? {
        if case .text(let text)? = values[slot]?.value { return text }
        return nil
    }

    /// The text at `path`.
    public func text(_ path: String) -> String? {
        if case .text(let text)? = entry(path)?.value { return text }
        return nil
    }

    /// The number at `path`.
    public func number(_ path: String) -> Double? { entry(path)?.value.numeric }

    /// The whole number or count at `path`.
    public func wholeNumber(_ path: String) -> Int? {
        switch entry(path)?.value {
        case .wholeNumber(let value)?, .count(let value)?: value
        default: nil
        }
    }

    /// The date span at `path`.
    public func span(_ path: String) -> DateSpan? {
        if case .span(let span)? = entry(path)?.value { return span }
        return nil
    }
}
