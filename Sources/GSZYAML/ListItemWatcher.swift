/// Someone shown each item of one list of the root mapping as soon as the composer has built
/// it, while libyaml is still parsing the rest of the file on a thread of its own.
///
/// On a large report libyaml takes more than half the time; reading the services it has
/// already given, instead of waiting for the whole tree, puts that work beside libyaml's
/// rather than after it. Items are shown only when libyaml runs on its own thread (from
/// `Composer.Piping.fromBytes`): on one thread, reading early would save nothing.
package protocol ListItemWatcher: AnyObject {
    /// The root key whose list is watched (`services`), as bytes.
    var listKey: [UInt8] { get }
    /// `item`, a mapping at `position` in the list (counting every item, whatever its kind),
    /// with everything inside it built. The document it belongs to is still being built and
    /// is valid only during this call: keep what is read from the node, never the node.
    func itemComposed(_ item: YAMLNode, at position: Int)
    /// The file is being composed again from the start (a second reading of its surrogate
    /// escapes, `SurrogateEscapes`): forget every item shown.
    func restart()
}

extension YAMLNode {
    /// Which node of its document this is, for telling whether two views show the same node
    /// written once (an alias has a node of its own).
    package var nodeNumber: Int32 { index }
}

extension YAMLDocument {
    /// From how many bytes of input `parse(_:limits:watching:)` shows items to its watcher:
    /// where libyaml starts parsing on a thread of its own.
    package static var itemsShownFromBytes: Int { Composer.Piping.standard.fromBytes }
}
