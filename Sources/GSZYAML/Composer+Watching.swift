extension Composer {
    /// Called when a sequence opens as the second collection: whether it is the value of the
    /// watched root key, so that its items are shown as they close.
    mutating func watchIfListed(_ sequence: Int32) {
        guard let watcher, watching, open.count == 2 else { return }
        let root = open[0]
        guard nodes[Int(root.node)].kind == .mapping else { return }
        // Keys and values alternate in the root's pending children; the sequence, not yet
        // attached, is a value when an odd number of them came before it.
        guard (pending.count - root.firstPending) % 2 == 1 else { return }
        let key = nodes[Int(pending[pending.count - 1])]
        guard key.kind == .scalar, key.aliasOf < 0, Int(key.count) == watcher.listKey.count else { return }
        let matches = scalarBytes.withElements(in: Int(key.start)..<Int(key.start + key.count)) { bytes in
            watcher.listKey.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
        }
        if matches { watchedList = sequence }
    }

    /// Called when a collection has closed and been attached: shows it to the watcher when
    /// it is a mapping item of the watched list.
    func showIfListItem(_ node: Int32) {
        guard let watcher, let watchedList, let list = open.last, list.node == watchedList,
              nodes[Int(node)].kind == .mapping else { return }
        let position = pending.count - 1 - list.firstPending
        // A view of the blocks as they stand: nothing is appended while the watcher reads.
        let view = YAMLDocument(
            source: source, nodes: nodes.contents, children: children.contents, scalarBytes: scalarBytes.contents,
            rootIndex: node, owning: false)
        watcher.itemComposed(view.root, at: position)
    }
}
