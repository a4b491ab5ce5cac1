/// Bounds on what one document may cost to read.
///
/// Reports come from people and from tools that go wrong; each limit turns an input built
/// to exhaust the reader (a 20 MiB file, brackets nested 100,000 deep, an alias bomb) into
/// one located error, reached in milliseconds.
public struct YAMLLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// The deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// How many nodes aliases may bring in, counting each alias as the size of what it repeats.
    public var maxAliasedNodes: Int
    /// How many nodes one document may hold, each alias one node (what it repeats is bounded by `maxAliasedNodes`).
    public var maxNodes: Int

    /// Limits from explicit values.
    public init(maxInputBytes: Int, maxDepth: Int, maxAliasedNodes: Int, maxNodes: Int) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasedNodes = maxAliasedNodes
        self.maxNodes = maxNodes
    }

    /// 16 MiB, 256 levels, 100,000 aliased nodes, 2,000,000 nodes: far above any real
    /// report (a few kilobytes, six levels), far below what hurts.
    public static let `default` = YAMLLimits(
        maxInputBytes: 16 << 20,
        maxDepth: 256,
        maxAliasedNodes: 100_000,
        maxNodes: 2_000_000
    )
}
