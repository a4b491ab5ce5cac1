public import GSZYAML

/// A service kept with the standard together with the verdict it must get: the standard's
/// own tests, run by `gsz standard test` and by the test suite.
public struct StandardExample: Sendable {
    /// One indicator level the example expects.
    public struct ExpectedLevel: Sendable {
        /// The indicator.
        public let indicator: String
        /// Its expected level; `nil` when the indicator must not apply to the service
        /// (written `not_assessed`: an indicator the standard leaves out for the form).
        public let level: IndicatorLevel?
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
    /// The expected service verdict, when given; `error` when the service must be rejected
    /// as an input error.
    public let verdict: Verdict?
    /// Where the expected verdict is written (the example's start when it is not).
    let verdictLocation: SourceLocation
    /// Expected indicator levels, when given.
    public let levels: [ExpectedLevel]

    /// `path:line:column` of the example, as diagnostics name places.
    public var place: String { "\(path):\(location)" }
}
