public import GSZYAML

/// One problem for a person to act on: how serious, what, and exactly where.
///
/// Every error and warning gsz reports, from a byte that is not UTF-8 to a threshold out of
/// order in a standard file, is one of these, and `DiagnosticPrinter` is the one place
/// that turns them into text.
public struct Diagnostic: Hashable, Sendable {
    /// How a diagnostic bears on the verdict.
    public enum Severity: String, Sendable, CaseIterable {
        /// The input cannot be judged: the file's verdict is `error`.
        case error
        /// Worth fixing, never changes a verdict.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in words each language can render.
    public var message: Message
    /// The file, as the user named it (or as found under a folder they named).
    public var path: String
    /// Where in the file, when the problem has a place.
    public var location: SourceLocation?
    /// Further explanation, shown under the message.
    public var notes: [Message]

    /// A diagnostic with every field given.
    public init(
        _ severity: Severity, _ message: Message, path: String, at location: SourceLocation?,
        notes: [Message] = []
    ) {
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
        self.notes = notes
        // A place an alias brings a node to says where the node is written, whoever found
        // the problem there; a diagnostic made again from another keeps the one note.
        if let origin = location?.alias {
            let note = Message.throughAlias(written: origin.line, anchor: origin.anchorLine)
            if !notes.contains(note) { self.notes.append(note) }
        }
    }

    /// An error in `path` at `location`.
    public static func error(_ message: Message, path: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, path: path, at: location)
    }

    /// A warning in `path` at `location`.
    public static func warning(_ message: Message, path: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, path: path, at: location)
    }
}

/// Gathers diagnostics for one file while it is read, in the order found.
struct DiagnosticBag: Sendable {
    /// The file the diagnostics are about.
    public let path: String
    /// Everything found so far, up to `DiagnosticLimit.shown` of each severity, then one
    /// diagnostic each for how many more there are.
    public var all: [Diagnostic] {
        guard omittedErrors > 0 || omittedWarnings > 0 else { return kept }
        return kept + (omittedErrors > 0 ? [DiagnosticLimit.more(omittedErrors, severity: .error, path: path)] : [])
            + (omittedWarnings > 0 ? [DiagnosticLimit.more(omittedWarnings, severity: .warning, path: path)] : [])
    }
    private var kept: [Diagnostic] = []
    private var errorCount = 0
    private var warningCount = 0
    private var omittedErrors: Int { max(0, errorCount - DiagnosticLimit.shown) }
    private var omittedWarnings: Int { max(0, warningCount - DiagnosticLimit.shown) }

    /// An empty bag for `path`.
    public init(path: String) { self.path = path }

    /// Records an error.
    public mutating func error(_ message: Message, at location: SourceLocation?) {
        append(.error(message, path: path, at: location))
    }

    /// Records a warning.
    public mutating func warning(_ message: Message, at location: SourceLocation?) {
        append(.warning(message, path: path, at: location))
    }

    /// Records `diagnostic` as it is; past the cap only counts it.
    public mutating func append(_ diagnostic: Diagnostic) {
        if keeps(diagnostic.severity) { kept.append(diagnostic) }
        if diagnostic.severity == .error { errorCount += 1 } else { warningCount += 1 }
    }

    /// Whether a diagnostic of `severity` would still be kept: past the cap, a caller can
    /// skip the work of making one (a suggestion search) and just `count` it.
    public func keeps(_ severity: Diagnostic.Severity) -> Bool {
        (severity == .error ? errorCount : warningCount) < DiagnosticLimit.shown
    }

    /// Counts one more diagnostic of `severity` past the cap, without making it.
    public mutating func count(_ severity: Diagnostic.Severity) {
        if severity == .error { errorCount += 1 } else { warningCount += 1 }
    }

    /// Whether any error was recorded.
    var hasErrors: Bool { errorCount > 0 }

    /// The errors, in order found.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings, in order found.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
}
