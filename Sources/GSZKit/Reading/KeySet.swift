public import GSZYAML

#if canImport(Glibc)
import Glibc
#endif

/// The keys a mapping may hold, kept as bytes so keys are matched without building strings.
public struct KeySet: Sendable {
    /// The keys, in the order the format documents them.
    public let names: [String]
    private let bytes: [[UInt8]]

    /// A key set from names.
    public init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
    }

    /// The position of the key spelled by scalar `key`, if it is one of these.
    public func index(of key: YAMLNode) -> Int? {
        key.withScalarBytes { scalar in
            // Length and first byte rule out nearly every other key before any comparison.
            guard let first = scalar.first else { return bytes.firstIndex { $0.isEmpty } }
            for (position, known) in bytes.enumerated() where known.count == scalar.count && known[0] == first {
                let same = known.withUnsafeBufferPointer { memcmp($0.baseAddress!, scalar.baseAddress!, scalar.count) == 0 }  // both non-empty
                if same { return position }
            }
            return nil
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
    public func isWritten(_ key: String) -> Bool {
        keys.names.firstIndex(of: key).map { values[$0] != nil } ?? false
    }

    /// The display path of the field under `key`.
    public func path(_ key: String) -> String { field.isEmpty ? key : field + "." + key }
}
