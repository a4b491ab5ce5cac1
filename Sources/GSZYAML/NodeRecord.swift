/// One node as the document stores it: small, flat, no references.
///
/// A scalar's `start`/`count` index the document's scalar bytes; a collection's index its
/// child list (a mapping stores key, value, key, value…). Aliases are not copied: the
/// child list names a record of the alias's own, a copy of the anchored node's that shares its
/// children and scalar bytes, so an alias costs one record and one entry and still knows its place.
///
/// Visible to inlinable code: the engine reads nodes for every field of every report, and
/// letting those small accessors inline across the module boundary is worth the exposure.
@usableFromInline
struct NodeRecord: BitwiseCopyable {
    @usableFromInline var kind: YAMLNode.Kind
    @usableFromInline var style: YAMLNode.Style
    @usableFromInline var tag: YAMLNode.Tag
    /// The node's sheet in a document built from a workbook, from 1 (`YAMLDocument.sheets`); 0 in YAML.
    @usableFromInline var sheet: UInt8 = 0
    @usableFromInline var line: UInt32
    @usableFromInline var column: UInt32
    @usableFromInline var start: UInt32
    @usableFromInline var count: UInt32
    /// Nodes in this subtree with every alias expanded; what an alias to it brings in.
    @usableFromInline var expandedSize: UInt32
    /// For an alias, the record of the node its anchor names; -1 for a node written out.
    @usableFromInline var aliasOf: Int32 = -1

    @usableFromInline
    init(kind: YAMLNode.Kind, style: YAMLNode.Style, tag: YAMLNode.Tag, line: UInt32, column: UInt32,
         start: UInt32, count: UInt32, expandedSize: UInt32) {
        self.kind = kind
        self.style = style
        self.tag = tag
        self.line = line
        self.column = column
        self.start = start
        self.count = count
        self.expandedSize = expandedSize
    }
}
