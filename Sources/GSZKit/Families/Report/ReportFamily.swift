import GSZYAML

/// Reports of services delivered (contract §1–§5): each service read by the report format,
/// measured against the standard's threshold tables, and given its verdict.
struct ReportFamily: RuleFamily {
    public static let kind = DocumentKind.report

    private let reader: ReportReader
    private let evaluator: Evaluator
    private let standard: Standard

    public init(standard: Standard) {
        self.standard = standard
        reader = ReportReader(standard: standard)
        evaluator = Evaluator(standard: standard)
    }

    public func check(_ document: YAMLDocument, path: String) -> FileResult {
        check(document, path: path, readAhead: nil)
    }

    /// A watcher that reads and judges a large report's services while it is still being parsed.
    func readingAhead() -> ServicesReadAhead {
        ServicesReadAhead(reader: reader, evaluator: evaluator)
    }

    /// `check`, taking the services `readAhead` read and judged while the file was parsed.
    func check(_ document: YAMLDocument, path: String, readAhead: ServicesReadAhead?) -> FileResult {
        let (read, diagnostics) = reader.read(document, path: path, readAhead: readAhead)
        let ordered = diagnostics.isEmpty ? [] : Diagnostic.inDocumentOrder(diagnostics)
        let errors = ordered.filter { $0.severity == .error }
        let warnings = ordered.filter { $0.severity == .warning }
        guard let report = consume read, errors.isEmpty else {
            return FileResult(path: path, verdict: .error, errors: errors, warnings: warnings, source: document.source)
        }
        let services = report.services.enumerated().map { position, service in
            readAhead?.takeResult(at: position) ?? evaluator.evaluate(service)
        }
        let verdict = services.lazy.map(\.verdict).min() ?? .notAssessed
        let identity = ReportIdentity(ngo: report.ngoName, bin: report.bin, project: report.project, period: report.period,
                                      contract: report.contract)
        // The fields are read: their blocks are freed beside the rendering still to come.
        Disposal.drop(consume report, isLarge: services.count >= Disposal.largeFrom)
        return FileResult(path: path, verdict: verdict, errors: [], warnings: warnings, services: services,
                          identity: identity, source: document.source)
    }

    /// The services kept with the standard, each with the verdict and levels it must get.
    public func runExamples() -> [ExampleOutcome] {
        ExampleRunner.run(standard)
    }
}
