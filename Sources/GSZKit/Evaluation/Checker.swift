public import GSZYAML

/// Checks one report from bytes to verdict: parse, read, evaluate.
///
/// Pure and thread-safe: the same bytes give the same result alone or in a batch, on any
/// thread. Nothing here touches the file system.
public struct Checker: Sendable {
    /// The standard reports are judged against.
    public let standard: Standard
    /// Bounds on what one file may cost to parse.
    public let limits: YAMLLimits
    private let reader: ReportReader
    private let evaluator: Evaluator

    /// A checker for `standard` within `limits`.
    public init(standard: Standard, limits: YAMLLimits = .default) {
        self.standard = standard
        self.limits = limits
        reader = ReportReader(standard: standard)
        evaluator = Evaluator(standard: standard)
    }

    /// The result for the report in `bytes`, named `path` in every diagnostic.
    public func check(_ bytes: [UInt8], path: String) -> FileResult {
        let parsed = DocumentParser.parse(bytes, path: path, limits: limits)
        var diagnostics = parsed.diagnostics
        guard let document = parsed.document else {
            return FileResult(path: path, verdict: .error, errors: diagnostics, warnings: [], services: [],
                              identity: nil, source: bytes)
        }
        let (report, readDiagnostics) = reader.read(document, path: path)
        diagnostics += readDiagnostics
        let ordered = diagnostics.isEmpty ? [] : Self.inDocumentOrder(diagnostics)
        let errors = ordered.filter { $0.severity == .error }
        let warnings = ordered.filter { $0.severity == .warning }
        guard let report, errors.isEmpty else {
            return FileResult(path: path, verdict: .error, errors: errors, warnings: warnings, services: [],
                              identity: nil, source: bytes)
        }
        let services = evaluator.evaluate(report)
        let verdict = services.lazy.map(\.verdict).min() ?? .notAssessed
        let identity = ReportIdentity(ngo: report.ngoName, bin: report.bin, project: report.project, period: report.period)
        return FileResult(path: path, verdict: verdict, errors: [], warnings: warnings, services: services,
                          identity: identity, source: bytes)
    }

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
