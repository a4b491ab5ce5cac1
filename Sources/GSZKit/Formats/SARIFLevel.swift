/// The least serious SARIF result written (`--sarif-level`). GitHub code scanning refuses a
/// file of more than 25,000 results, and most of a batch's results are notes for indicators
/// that pass; so by default those are left out. Each file's one `gsz/verdict` result is
/// always written, so every file still shows up once.
public enum SARIFLevel: String, CaseIterable, Sendable {
    /// Only what fails: noncompliant indicators and rules, input errors.
    case error
    /// Also what falls short or lacks input, and warnings (the default).
    case warning
    /// Everything checked, passing indicators included, for auditors.
    case note

    /// Whether a result of SARIF `level` (`error`, `warning`, `note`) is written.
    func includes(_ level: String) -> Bool {
        switch self {
        case .error: level == "error"
        case .warning: level != "note"
        case .note: true
        }
    }
}
