/// How many diagnostics one file shows: the first `shown` errors and the first `shown`
/// warnings, then one diagnostic of the same severity saying how many more there are.
///
/// A 16 MiB report can hold a million unknown keys or a hundred thousand services sharing
/// one id. Every diagnostic costs a message, a suggestion, a quoted source line in each
/// format; a million of them took seconds and half a gigabyte, and no one reads past the
/// first screens. The cap is applied where diagnostics are gathered (`DiagnosticBag`, which
/// then skips even the "did you mean" search) and again where a result is made
/// (`FileResult`), so every family and every format sees at most `shown + 1` of each.
public enum DiagnosticLimit {
    /// Diagnostics of one severity shown for one file.
    public static let shown = 100

    /// `diagnostics` (all of `severity`) cut to `shown`, with the count of those cut and of
    /// any "more" already among them in one last diagnostic; as they are when within the cap.
    static func capped(_ diagnostics: [Diagnostic], severity: Diagnostic.Severity, path: String) -> [Diagnostic] {
        var omitted = 0
        var kept: [Diagnostic] = []
        kept.reserveCapacity(min(diagnostics.count, shown))
        for diagnostic in diagnostics {
            if case .moreNotShown(let count, _) = diagnostic.message {
                omitted += count
            } else if kept.count < shown {
                kept.append(diagnostic)
            } else {
                omitted += 1
            }
        }
        guard omitted > 0 else { return diagnostics.count == kept.count ? diagnostics : kept }
        kept.append(more(omitted, severity: severity, path: path))
        return kept
    }

    /// The diagnostic standing for `count` more of `severity` that are not shown.
    static func more(_ count: Int, severity: Diagnostic.Severity, path: String) -> Diagnostic {
        Diagnostic(severity, .moreNotShown(count: count, severity: severity), path: path, at: nil)
    }
}

extension DiagnosticLimit {
    /// How many diagnostics `diagnostics` stands for: each shown one, and the count each
    /// "more" carries.
    public static func total(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.reduce(0) { sum, diagnostic in
            if case .moreNotShown(let count, _) = diagnostic.message { return sum + count }
            return sum + 1
        }
    }
}

extension FileResult {
    /// The file's errors, counted with those not shown.
    public var errorCount: Int { DiagnosticLimit.total(errors) }
    /// The file's warnings, counted with those not shown.
    public var warningCount: Int { DiagnosticLimit.total(warnings) }
}
