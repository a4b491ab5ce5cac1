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
public struct DiagnosticBag: Sendable {
    /// The file the diagnostics are about.
    public let path: String
    /// Everything found so far.
    public private(set) var all: [Diagnostic] = []

    /// An empty bag for `path`.
    public init(path: String) { self.path = path }

    /// Records an error.
    public mutating func error(_ message: Message, at location: SourceLocation?) {
        all.append(.error(message, path: path, at: location))
    }

    /// Records a warning.
    public mutating func warning(_ message: Message, at location: SourceLocation?) {
        all.append(.warning(message, path: path, at: location))
    }

    /// Records `diagnostic` as it is.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Whether any error was recorded.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The errors, in order found.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings, in order found.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
}
