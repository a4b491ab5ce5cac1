/// One node as the document stores it: small, flat, no references.
///
/// A scalar's `start`/`count` index the document's scalar bytes; a collection's index its
/// child list (a mapping stores key, value, key, value…). Aliases are not copied: the
/// child list names the anchored node again, so an alias costs one entry.
struct NodeRecord: BitwiseCopyable {
    var kind: YAMLNode.Kind
    var style: YAMLNode.Style
    var tag: YAMLNode.Tag
    var line: UInt32
    var column: UInt32
    var start: UInt32
    var count: UInt32
    /// Nodes in this subtree with every alias expanded; what an alias to it brings in.
    var expandedSize: UInt32
}
