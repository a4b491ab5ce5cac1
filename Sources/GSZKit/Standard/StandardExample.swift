public import GSZYAML

/// A service kept with the standard together with the verdict it must get: the standard's
/// own tests, run by `gsz standard test` and by the test suite.
public struct StandardExample: Sendable {
    /// One indicator level the example expects.
    public struct ExpectedLevel: Sendable {
        /// The indicator.
        public let indicator: String
        /// Its expected level.
        public let level: IndicatorLevel
        /// Where the expectation is written.
        public let location: SourceLocation
    }

    /// What the example shows.
    public let name: String
    /// The file it is kept in.
    public let path: String
    /// Where it starts.
    public let location: SourceLocation
    /// The service, as a report would write it.
    public let service: YAMLNode
    /// The expected service verdict, when given.
    public let verdict: Verdict?
    /// Expected indicator levels, when given.
    public let levels: [ExpectedLevel]
}
