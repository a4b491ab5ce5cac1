import GSZYAML

/// Fuzzes the YAML reader: any bytes give a document or errors, never a crash, a hang or a
/// leak, and what comes back is consistent (places 1-based and inside the input, a document
/// exactly when no error was fatal, every node reachable without running away).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Fuzzing.bytes(data, size)
    let result = YAMLDocument.parse(bytes)
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    for error in result.errors {
        Fuzzing.checkPlace(error.location, "error \(error)")
        if let location = error.location {
            Fuzzing.require(location.line <= lines + 1, "error \(error) past the last line \(lines)")
        }
    }
    let fatal = result.errors.contains { $0.isFatal }
    Fuzzing.require((result.document == nil) == fatal, "document \(result.document == nil ? "absent" : "present"), errors \(result.errors)")
    guard let document = result.document else { return 0 }

    // Walks the tree with aliases expanded; the alias budget bounds how far that goes.
    var stack = [document.root]
    var visited = 0
    while let node = stack.popLast() {
        visited += 1
        Fuzzing.require(visited <= document.nodeCount + YAMLLimits.default.maxAliasedNodes + 1,
                        "the tree expands past the alias budget")
        Fuzzing.checkPlace(node.location, "node")
        Fuzzing.require(node.location.line <= lines + 1, "node at \(node.location) past the last line \(lines)")
        switch node.kind {
        case .scalar:
            _ = node.text
            _ = node.isNull
        case .sequence:
            stack.append(contentsOf: node.items)
        case .mapping:
            for pair in node.pairs { stack += [pair.key, pair.value] }
        }
    }
    return 0
}
