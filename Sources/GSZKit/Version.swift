/// The release of gsz, as `gsz --version` and SARIF's tool section show it.
public enum GSZVersion {
    /// Semantic version of this build.
    public static let current = "1.0.0"
}
