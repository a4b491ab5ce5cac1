/// One parsed YAML document: its source bytes and its node tree.
///
/// Immutable once built, so results can cross threads freely. Nodes live in three flat
/// blocks of memory (see `NodeRecord`) that the document owns and frees, which keeps a
/// thousand-report batch from turning into millions of small allocations.
public final class YAMLDocument: @unchecked Sendable {
    // @unchecked: the blocks are written once by the composer, before the document exists,
    // and only read afterwards.
    /// The bytes the document was read from, kept to quote lines in diagnostics.
    public let source: [UInt8]
    @usableFromInline let nodes: UnsafeBufferPointer<NodeRecord>
    @usableFromInline let children: UnsafeBufferPointer<Int32>
    @usableFromInline let scalarBytes: UnsafeBufferPointer<UInt8>
    let rootIndex: Int32
    /// The sheets nodes name, for a document built from a workbook; empty for YAML.
    @usableFromInline let sheets: [SourceLocation.Sheet]
    /// Whether the blocks are this document's to free; not for a view of a tree still being built.
    private let ownsBlocks: Bool

    /// A document over blocks it now owns, or, with `owning` false, over blocks the composer
    /// still builds (`ListItemWatcher`).
    init(
        source: [UInt8], nodes: UnsafeBufferPointer<NodeRecord>, children: UnsafeBufferPointer<Int32>,
        scalarBytes: UnsafeBufferPointer<UInt8>, rootIndex: Int32, sheets: [SourceLocation.Sheet] = [],
        owning: Bool = true
    ) {
        self.source = source
        self.sheets = sheets
        self.nodes = nodes
        self.children = children
        self.scalarBytes = scalarBytes
        self.rootIndex = rootIndex
        ownsBlocks = owning
    }

    deinit {
        guard ownsBlocks else { return }
        nodes.deallocate()
        children.deallocate()
        scalarBytes.deallocate()
    }

    /// The top node.
    public var root: YAMLNode { YAMLNode(document: self, index: rootIndex) }

    /// How many nodes the document holds: each written once, and one for each alias (what an
    /// alias repeats is not copied).
    public var nodeCount: Int { nodes.count }

    /// Parses `bytes` as exactly one YAML document within `limits`.
    ///
    /// The result holds the document unless a fatal problem stopped reading, and every
    /// problem found, each with its place. Problems that leave the tree usable (duplicate
    /// keys, unsupported tags) come with the document, so the reader above can still find
    /// everything else that is wrong.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLParseResult {
        parse(bytes, limits: limits, piping: .standard)
    }

    /// `parse`, showing `watcher` each item of its list as soon as it is built, while libyaml
    /// parses the rest of a large file on a thread of its own.
    package static func parse(_ bytes: [UInt8], limits: YAMLLimits, watching watcher: (any ListItemWatcher)?) -> YAMLParseResult {
        parse(bytes, limits: limits, piping: .standard, watcher: watcher)
    }

    /// `parse`, with libyaml run on a thread of its own as `piping` says.
    static func parse(
        _ bytes: [UInt8], limits: YAMLLimits, piping: Composer.Piping, watcher: (any ListItemWatcher)? = nil
    ) -> YAMLParseResult {
        if bytes.count > limits.maxInputBytes {
            let at = SourceLocation.of(offset: limits.maxInputBytes, in: bytes)
            return YAMLParseResult(document: nil, errors: [YAMLError(.tooLarge(limit: limits.maxInputBytes), at: at)])
        }
        if let encoding = EncodingSniffer.foreignEncoding(of: bytes) {
            return YAMLParseResult(document: nil, errors: [YAMLError(.notUTF8Encoding(encoding), at: .start)])
        }
        let first = Composer(source: bytes, escapes: SurrogateEscapes(bytes), limits: limits, piping: piping,
                             watcher: watcher).compose()
        // A surrogate pair is an escape only inside double quotes; one in plain or single-quoted
        // text is read again as written. Rewriting never changes where tokens start or end, so
        // the second reading meets the same scalars and needs no third.
        guard first.result.document != nil, let escapes = first.escapes, !escapes.allConfirmed else { return first.result }
        watcher?.restart()
        return Composer(source: bytes, escapes: escapes.confirmedOnly(in: bytes), limits: limits, piping: piping,
                        watcher: watcher).compose().result
    }
}

/// What parsing gave: the document, if reading could finish, and every problem found.
public struct YAMLParseResult: Sendable {
    /// The document; `nil` when a fatal problem stopped reading.
    public let document: YAMLDocument?
    /// Every problem, in the order found.
    public let errors: [YAMLError]
}
