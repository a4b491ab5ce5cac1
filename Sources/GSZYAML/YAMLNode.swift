/// A node of a parsed document: a scalar, a sequence or a mapping, and where it starts.
///
/// A light view (the document and an index); copying it copies no content. Scalars are
/// never guessed into numbers or booleans here: the reader above asks for the type the
/// field needs and reads the text.
public struct YAMLNode: Sendable {
    /// The document this node belongs to.
    public let document: YAMLDocument
    @usableFromInline let index: Int32
    /// The alias record this node was reached through, the outermost one; -1 when it was not.
    @usableFromInline let via: Int32

    /// The three shapes of YAML content.
    public enum Kind: UInt8, Sendable, BitwiseCopyable {
        /// Text, however it is written.
        case scalar
        /// An ordered list.
        case sequence
        /// Keys with values.
        case mapping
    }

    /// How a scalar was written; collections report `.plain`.
    public enum Style: UInt8, Sendable, BitwiseCopyable {
        /// Unquoted: `28`, `no`, `ОФ «Болашақ»`.
        case plain
        /// `'…'`
        case singleQuoted
        /// `"…"`
        case doubleQuoted
        /// `|` block
        case literal
        /// `>` block
        case folded
    }

    /// The explicit tag on a node, when it has one of the supported core tags.
    public enum Tag: UInt8, Sendable, BitwiseCopyable {
        /// No tag, or the non-specific `!`.
        case none
        /// `!!str`
        case string
        /// `!!int`
        case integer
        /// `!!float`
        case float
        /// `!!bool`
        case boolean
        /// `!!null`
        case null
        /// `!!seq`
        case sequence
        /// `!!map`
        case mapping

        /// The tag as written in shorthand (`!!int`); empty for none.
        public var spelled: String {
            switch self {
            case .none: ""
            case .string: "!!str"
            case .integer: "!!int"
            case .float: "!!float"
            case .boolean: "!!bool"
            case .null: "!!null"
            case .sequence: "!!seq"
            case .mapping: "!!map"
            }
        }
    }

    @usableFromInline
    init(document: YAMLDocument, index: Int32, via: Int32 = -1) {
        self.document = document
        self.index = index
        self.via = via
    }

    @inlinable
    var record: NodeRecord { document.nodes[Int(index)] }

    /// Scalar, sequence or mapping.
    @inlinable public var kind: Kind { record.kind }
    /// How the scalar was written.
    @inlinable public var style: Style { record.style }
    /// The explicit core tag, or `.none`.
    @inlinable public var tag: Tag { record.tag }

    /// Where the node starts: the first character of a scalar, the `[`/`{` of a flow
    /// collection, the first key or `-` of a block one. A node an alias repeats is where the
    /// alias stands, and its place says where it is written (`SourceLocation.alias`).
    @inlinable public var location: SourceLocation {
        let record = self.record
        if via >= 0 || record.aliasOf >= 0 { return aliasedLocation }
        guard record.sheet != 0 else { return SourceLocation(line: Int(record.line), column: Int(record.column)) }
        return SourceLocation(sheet: document.sheets[Int(record.sheet) - 1], row: Int(record.line), column: Int(record.column))
    }

    /// Whether the node means "nothing": an empty plain scalar, `~`, `null` (in any of the
    /// core spellings), or one of those tagged `!!null` (the composer drops the tag from any
    /// other text, reporting it, so a tag never makes a value vanish).
    @inlinable public var isNull: Bool {
        let record = self.record
        guard record.kind == .scalar, record.tag != .string else { return false }
        if record.tag == .null { return true }
        guard record.style == .plain else { return false }
        switch record.count {
        case 0: return true
        case 1: return withScalarBytes { $0[0] == UInt8(ascii: "~") }
        case 4: return scalarEquals("null") || scalarEquals("Null") || scalarEquals("NULL")
        default: return false
        }
    }

    /// The scalar's text; empty for collections.
    @inlinable public var text: String {
        withScalarBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the scalar's UTF-8 bytes (which may hold NUL); empty for collections.
    @inlinable public func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let record = self.record
        guard record.kind == .scalar else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: document.scalarBytes.baseAddress! + Int(record.start),  // never empty: allocated with capacity ≥ 1
                                             count: Int(record.count)))
    }

    /// Whether the scalar's bytes are exactly `text`'s UTF-8.
    @inlinable public func scalarEquals(_ text: StaticString) -> Bool {
        guard Int(record.count) == text.utf8CodeUnitCount else { return false }
        return withScalarBytes { bytes in
            text.withUTF8Buffer { wanted in zip(bytes, wanted).allSatisfy { $0 == $1 } }
        }
    }

    /// The items of a sequence; empty for other kinds.
    @inlinable public var items: Children {
        record.kind == .sequence ? Children(node: self, stride: 1) : Children(node: self, stride: 0)
    }

    /// The key–value pairs of a mapping, in document order; empty for other kinds.
    @inlinable public var pairs: Pairs { Pairs(node: self) }

    /// The value under a scalar key spelled `key`, if the mapping has one.
    public func value(forKey key: String) -> YAMLNode? {
        var key = key
        return key.withUTF8 { wanted in
            for pair in pairs where pair.key.withScalarBytes({ $0.elementsEqual(wanted) }) {
                return pair.value
            }
            return nil
        }
    }

    @inlinable
    func child(_ offset: Int) -> YAMLNode {
        let record = self.record
        // Below an alias, every node is reached through the outermost alias above it.
        let via = self.via >= 0 ? self.via : record.aliasOf >= 0 ? index : -1
        return YAMLNode(document: document, index: document.children[Int(record.start) + offset], via: via)
    }

    /// The items of a sequence, as nodes.
    public struct Children: RandomAccessCollection, Sendable {
        @usableFromInline let node: YAMLNode
        @usableFromInline let stride: Int
        @inlinable init(node: YAMLNode, stride: Int) {
            self.node = node
            self.stride = stride
        }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { stride == 0 ? 0 : Int(node.record.count) }
        @inlinable public subscript(position: Int) -> YAMLNode { node.child(position) }
    }

    /// The pairs of a mapping, as key and value nodes.
    public struct Pairs: RandomAccessCollection, Sendable {
        @usableFromInline let node: YAMLNode
        @inlinable init(node: YAMLNode) {
            self.node = node
        }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { node.record.kind == .mapping ? Int(node.record.count) / 2 : 0 }
        @inlinable public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            (node.child(2 * position), node.child(2 * position + 1))
        }
    }
}
