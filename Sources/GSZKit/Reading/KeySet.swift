public import GSZYAML

#if canImport(Glibc)
import Glibc
#endif

/// The keys a mapping may hold, kept as bytes so keys are matched without building strings.
public struct KeySet: Sendable {
    /// The keys, in the order the format documents them.
    public let names: [String]
    // All keys' bytes in one array, and where each starts: one key lookup per field of
    // every service in a batch, so no nested arrays to retain on the way.
    private let bytes: [UInt8]
    private let spans: [(start: Int, count: Int, first: UInt8)]

    /// A key set from names.
    public init(_ names: [String]) {
        self.names = names
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int, first: UInt8)] = []
        for name in names {
            spans.append((bytes.count, name.utf8.count, name.utf8.first ?? 0))
            bytes.append(contentsOf: name.utf8)
        }
        self.bytes = bytes
        self.spans = spans
    }

    /// The position of the key spelled by scalar `key`, if it is one of these.
    public func index(of key: YAMLNode) -> Int? {
        key.withScalarBytes { scalar in
            bytes.withUnsafeBufferPointer { all in
                // Length and first byte rule out nearly every other key before any comparison.
                let first = scalar.first ?? 0
                for position in spans.indices {
                    let span = spans[position]
                    guard span.count == scalar.count, span.first == first else { continue }
                    if span.count == 0 || memcmp(all.baseAddress! + span.start, scalar.baseAddress!, span.count) == 0 {  // both non-empty here
                        return position
                    }
                }
                return nil
            }
        }
    }
}

/// A mapping read against a `KeySet`: each known key's value node, unknown keys already reported.
public struct MappingFields: Sendable {
    /// The mapping node itself.
    public let node: YAMLNode
    /// The mapping's place in the document, as named in messages (`feedback`, `report.ngo`).
    public let field: String
    /// The keys it was read against.
    public let keys: KeySet
    private var values: [YAMLNode?]

    init(node: YAMLNode, field: String, keys: KeySet, values: [YAMLNode?]) {
        self.node = node
        self.field = field
        self.keys = keys
        self.values = values
    }

    /// The value under `key`, unless it is absent or null.
    public subscript(key: String) -> YAMLNode? {
        keys.names.firstIndex(of: key).flatMap { self[position: $0] }
    }

    /// The value under the key at `position` in the key set, unless it is absent or null.
    public subscript(position position: Int) -> YAMLNode? {
        guard let value = values[position], !value.isNull else { return nil }
        return value
    }

    /// Whether `key` is written at all, even with a null value.
    func isWritten(_ key: String) -> Bool {
        keys.names.firstIndex(of: key).map { values[$0] != nil } ?? false
    }

    /// The display path of the field under `key`.
    public func path(_ key: String) -> String { field.isEmpty ? key : field + "." + key }
}
