public import GSZYAML

/// Checks one document from bytes to verdict: parse once, hand the document to the family
/// of its kind (a report, a discussion, a competition, a monitoring log), and return its
/// result tree.
///
/// Pure and thread-safe: the same bytes give the same result alone or in a batch, on any
/// thread. Nothing here touches the file system.
public struct Checker: Sendable {
    /// The standard documents are judged against.
    public let standard: Standard
    /// Bounds on what one file may cost to parse.
    public let limits: YAMLLimits
    private let router: DocumentRouter

    /// A checker for `standard` within `limits`.
    public init(standard: Standard, limits: YAMLLimits = .default) {
        self.standard = standard
        self.limits = limits
        router = DocumentRouter(standard: standard)
    }

    /// The result for the document in `bytes`, named `path` in every diagnostic.
    public func check(_ bytes: [UInt8], path: String) -> FileResult {
        let parsed = YAMLDocument.parse(bytes, limits: limits)
        let yamlProblems = parsed.errors.map { Diagnostic.error(.yaml($0.kind), path: path, at: $0.location) }
        guard let document = parsed.document else {
            return FileResult(path: path, verdict: .error, errors: yamlProblems, warnings: [], source: bytes)
        }
        switch router.route(document) {
        case .refused(let message, let location):
            let errors = Diagnostic.inDocumentOrder(yamlProblems + [.error(message, path: path, at: location)])
            return FileResult(path: path, verdict: .error, errors: errors, warnings: [], source: bytes)
        case .family(let family):
            let result = family.check(document, path: path)
            return yamlProblems.isEmpty ? result : result.adding(yamlProblems)
        }
    }
}

extension FileResult {
    /// This result with `problems` found before the family read the document (duplicate
    /// keys, unsupported tags): an error file, every diagnostic in document order.
    func adding(_ problems: [Diagnostic]) -> FileResult {
        let all = Diagnostic.inDocumentOrder(problems + errors + warnings)
        return FileResult(path: path, document: document, verdict: .error, errors: all.filter { $0.severity == .error },
                          warnings: all.filter { $0.severity == .warning }, source: source)
    }
}

extension Diagnostic {
    /// By place, problems without a place first, ties kept in the order found.
    static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let origin = SourceLocation(line: 0, column: 0)
        return diagnostics.enumerated().sorted { a, b in
            let left = a.element.location ?? origin
            let right = b.element.location ?? origin
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
    }
}
