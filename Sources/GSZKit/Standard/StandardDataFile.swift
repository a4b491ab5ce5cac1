public import GSZYAML

/// A standard file that belongs to a rule family rather than to the threshold tables: a
/// year of the working-day calendar, the deadlines of a discussion, the criteria of a
/// competition. Kept parsed, as written, for the family that reads it (`RuleFamily.dataKeys`).
public struct StandardDataFile: Sendable {
    /// The file's path, as diagnostics name it.
    public let path: String
    /// Its root key (`calendar`, `competition_rules`), which says which family reads it.
    public let key: String
    /// The parsed file.
    public let document: YAMLDocument
}

extension Standard {
    /// The data files whose root key is `key`, in path order.
    public func data(_ key: String) -> [StandardDataFile] {
        data.filter { $0.key == key }
    }
}
