/// The kinds of document gsz checks, each named by the root key that marks it (contract §7).
///
/// A file is a report when its root mapping holds `report`, a discussion when it holds
/// `discussion`, and so on; a file with none of these keys, or with two, cannot be judged.
public enum DocumentKind: String, Sendable, CaseIterable, Hashable {
    /// An NGO's report on the services it delivered (`report:` and `services:`).
    case report
    /// The public discussion of a state body's planned topics (`discussion:`).
    case discussion
    /// A grant competition: the announcement, the commission, applications and scores (`competition:`).
    case competition
    /// A state body's log of monitoring visits and semiannual reports (`monitoring:`).
    case monitoring

    /// The root key that marks a document of this kind.
    public var rootKey: String { rawValue }
}
