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
    /// Reads a large report's services ahead, while libyaml parses the rest (`ServicesReadAhead`).
    private let reports: ReportFamily
    private let readsAhead: Bool

    /// A checker for `standard` within `limits`.
    public init(standard: Standard, limits: YAMLLimits = .default) {
        self.init(standard: standard, limits: limits, readsAhead: true)
    }

    /// A checker that reads a large report's services ahead or, for comparing, does not.
    init(standard: Standard, limits: YAMLLimits, readsAhead: Bool) {
        self.standard = standard
        self.limits = limits
        self.readsAhead = readsAhead
        router = DocumentRouter(standard: standard)
        reports = ReportFamily(standard: standard)
    }

    /// The result for the document in `bytes`, named `path` in every diagnostic.
    public func check(_ bytes: [UInt8], path: String) -> FileResult {
        // YAML, or a workbook turned into the same node tree (contract §12).
        let readAhead = readsAhead ? reports.readingAhead() : nil
        let (parsed, yamlProblems) = DocumentParser.parse(bytes, path: path, limits: limits, watching: readAhead)
        guard let document = consume parsed else {
            return FileResult(path: path, verdict: .error, errors: yamlProblems.filter { $0.severity == .error },
                              warnings: yamlProblems.filter { $0.severity == .warning }, source: bytes)
        }
        switch router.route(document) {
        case .refused(let message, let location):
            let all = Diagnostic.inDocumentOrder(yamlProblems + [.error(message, path: path, at: location)])
            return FileResult(path: path, verdict: .error, errors: all.filter { $0.severity == .error },
                              warnings: all.filter { $0.severity == .warning }, source: bytes)
        case .family(let family):
            // Only a report can use the services read ahead; any other kind ignores them.
            let result = family is ReportFamily ? reports.check(document, path: path, readAhead: readAhead)
                : family.check(document, path: path)
            Disposal.drop(consume document, isLarge: result.services.count >= Disposal.largeFrom)
            return yamlProblems.isEmpty ? result : result.adding(yamlProblems)
        }
    }
}

extension FileResult {
    /// This result with `problems` found before the family read the document (duplicate
    /// keys, unsupported tags): an error file, every diagnostic in document order. Warnings
    /// alone (a workbook's BIN in a number cell) keep the verdict and everything judged.
    func adding(_ problems: [Diagnostic]) -> FileResult {
        let all = Diagnostic.inDocumentOrder(problems + errors + warnings)
        guard problems.contains(where: { $0.severity == .error }) else {
            return FileResult(path: path, document: document, verdict: verdict, errors: errors,
                              warnings: all.filter { $0.severity == .warning }, services: services, identity: identity,
                              findings: findings, outcomes: outcomes, subject: subject, figures: figures, source: source)
        }
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
