/// Builds a document from values rather than YAML text, for readers of other formats.
///
/// A workbook's cells become the same node tree a YAML report makes, each node placed at
/// its cell, so one report reader and one set of messages serve both. Children are given
/// when their collection is made, so each collection's child list is contiguous, as the
/// composer's are; nothing here can nest deeper than the caller builds.
public struct YAMLDocumentBuilder {
    /// A node made by this builder, to hand to a collection or to `document(root:)`.
    public struct Node: Sendable {
        let index: Int32
    }

    private var nodes: [NodeRecord] = []
    private var children: [Int32] = []
    private var scalarBytes: [UInt8] = []
    private var sheets: [SourceLocation.Sheet] = []

    /// An empty builder.
    public init() {}

    /// A scalar holding `text` at `location`; `quoted` keeps text such as `null` from reading as nothing.
    public mutating func scalar(_ text: String, quoted: Bool, at location: SourceLocation) -> Node {
        let start = UInt32(scalarBytes.count)
        scalarBytes.append(contentsOf: text.utf8)
        return add(.scalar, style: quoted ? .doubleQuoted : .plain, start: start, count: UInt32(text.utf8.count),
                   expanded: 1, at: location)
    }

    /// A mapping of `pairs`, in order, at `location`.
    public mutating func mapping(_ pairs: [(key: Node, value: Node)], at location: SourceLocation) -> Node {
        let start = UInt32(children.count)
        var expanded: UInt32 = 1
        for pair in pairs {
            children.append(pair.key.index)
            children.append(pair.value.index)
            expanded &+= nodes[Int(pair.key.index)].expandedSize &+ nodes[Int(pair.value.index)].expandedSize
        }
        return add(.mapping, style: .plain, start: start, count: UInt32(2 * pairs.count), expanded: expanded, at: location)
    }

    /// A sequence of `items`, in order, at `location`.
    public mutating func sequence(_ items: [Node], at location: SourceLocation) -> Node {
        let start = UInt32(children.count)
        var expanded: UInt32 = 1
        for item in items {
            children.append(item.index)
            expanded &+= nodes[Int(item.index)].expandedSize
        }
        return add(.sequence, style: .plain, start: start, count: UInt32(items.count), expanded: expanded, at: location)
    }

    /// The finished document with `root` at its top; `source` is kept as the document's bytes.
    public func document(root: Node, source: [UInt8]) -> YAMLDocument {
        YAMLDocument(source: source, nodes: Self.copy(nodes), children: Self.copy(children),
                     scalarBytes: Self.copy(scalarBytes), rootIndex: root.index, sheets: sheets)
    }

    private mutating func add(_ kind: YAMLNode.Kind, style: YAMLNode.Style, start: UInt32, count: UInt32,
                              expanded: UInt32, at location: SourceLocation) -> Node {
        var record = NodeRecord(kind: kind, style: style, tag: .none, line: UInt32(clamping: location.line),
                                column: UInt32(clamping: location.column), start: start, count: count, expandedSize: expanded)
        if let sheet = location.sheet {
            if let known = sheets.firstIndex(of: sheet) {
                record.sheet = UInt8(known + 1)
            } else if sheets.count < Int(UInt8.max) {
                sheets.append(sheet)
                record.sheet = UInt8(sheets.count)
            }
        }
        nodes.append(record)
        return Node(index: Int32(nodes.count - 1))
    }

    /// A block the document will own and free, never empty (the scalar accessor needs a base).
    private static func copy<Element: BitwiseCopyable>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
        let block = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        _ = block.initialize(from: elements)
        return UnsafeBufferPointer(start: block.baseAddress, count: elements.count)
    }
}
