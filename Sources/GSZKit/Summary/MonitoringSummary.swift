public import GSZYAML

/// One table across a batch for monitoring staff: per NGO (name and BIN) and per form,
/// how many services were checked, their verdicts, participants reached, mean
/// satisfaction and success stories; and the files that could not be checked, each with
/// its first error.
///
/// Results stream in and are folded into one row per NGO and form at once, so memory
/// grows with the number of NGOs and forms, not of files.
public struct MonitoringSummary: Sendable {
    /// The standard, for the order of forms and their names.
    public let standard: Standard
    /// Files added.
    public private(set) var files = 0
    /// Files that could not be checked (verdict `error`), in the order added.
    public private(set) var unchecked: [UncheckedFile] = []
    private var rowsByKey: [RowKey: SummaryRow] = [:]
    /// Reports given twice (the same bytes, or the same NGO, contract and period), each
    /// counted once: the later ones, in the order added.
    public private(set) var duplicates: [DuplicateReport] = []
    private var firstByContent: [UInt64: String] = [:]
    private var firstByIdentity: [String: String] = [:]
    /// What documents judged by rules counted (projects monitored, topics failed…), added up
    /// by id, in the order each id first appeared.
    private(set) var documentFigures: [SummaryFigure] = []
    private let formOrder: [String: Int]

    /// An empty summary over reports checked against `standard`.
    public init(standard: Standard) {
        self.standard = standard
        var order: [String: Int] = [:]
        for kind in standard.kinds {
            order[RowKey.form(kind.id, nil)] = order.count
            for form in kind.forms { order[RowKey.form(kind.id, form.id)] = order.count }
        }
        formOrder = order
    }

    /// Adds one file, through the figures taken from its result.
    public mutating func add(_ entry: SummaryEntry) {
        files += 1
        switch entry {
        case .unchecked(let file):
            unchecked.append(file)
        case .document(let figures):
            for figure in figures { count(figure) }
        case .checked(let ngo, let bin, let services, let report):
            if let duplicate = duplicate(report) {
                duplicates.append(duplicate)
                return
            }
            for service in services {
                let key = RowKey(period: report.period, ngo: ngo, bin: bin, kind: service.kind, form: service.form)
                rowsByKey[key, default: SummaryRow(ngo: ngo, bin: bin, kind: service.kind, form: service.form,
                                                   figures: SummaryFigures(), period: report.period)].figures.add(service)
            }
        }
    }

    /// Whether `report` repeats one added before; records it as seen when not.
    private mutating func duplicate(_ report: ReportKey) -> DuplicateReport? {
        if let first = firstByContent[report.fingerprint] {
            return DuplicateReport(path: report.path, first: first, sameContent: true)
        }
        if let identity = report.identity, let first = firstByIdentity[identity] {
            return DuplicateReport(path: report.path, first: first, sameContent: false)
        }
        firstByContent[report.fingerprint] = report.path
        if let identity = report.identity { firstByIdentity[identity] = report.path }
        return nil
    }

    private mutating func count(_ figure: SummaryFigure) {
        guard let index = documentFigures.firstIndex(where: { $0.id == figure.id }) else {
            documentFigures.append(figure)
            return
        }
        let sum = documentFigures[index].value.addingSaturating(figure.value)
        documentFigures[index] = SummaryFigure(id: figure.id, label: documentFigures[index].label, value: sum)
    }

    /// Adds one file's result.
    public mutating func add(_ result: FileResult) {
        add(SummaryEntry(result))
    }

    /// The rows: NGOs by name, then BIN; each NGO's forms in the order the standard
    /// declares them (a kind without forms where the kind is declared). Names compare by
    /// Unicode scalars, the same on every machine.
    public var rows: [SummaryRow] {
        rowsByKey.values.sorted { a, b in
            if a.period != b.period { return a.period < b.period }
            if a.ngo != b.ngo { return a.ngo < b.ngo }
            if a.bin != b.bin { return a.bin < b.bin }
            let left = formOrder[RowKey.form(a.kind, a.form)] ?? Int.max
            let right = formOrder[RowKey.form(b.kind, b.form)] ?? Int.max
            if left != right { return left < right }
            return (a.kind, a.form ?? "") < (b.kind, b.form ?? "")
        }
    }

    /// The figures over every row.
    public var total: SummaryFigures {
        var total = SummaryFigures()
        for row in rowsByKey.values { total.add(row.figures) }
        return total
    }

    /// Files that were checked.
    var checkedFiles: Int { files - unchecked.count }

    /// The reporting periods the rows fall in, earliest first.
    var periods: [ReportingPeriod] { Set(rowsByKey.keys.map(\.period)).sorted() }

    /// The summary with only the rows of `period`: one table of a summary that spans several.
    public func only(_ period: ReportingPeriod) -> MonitoringSummary {
        var slice = self
        slice.rowsByKey = rowsByKey.filter { $0.key.period == period }
        return slice
    }

    /// Each period's slice, earliest first; the whole summary, under its one period (or
    /// none), when it spans at most one.
    var slices: [(period: ReportingPeriod?, summary: MonitoringSummary)] {
        let periods = self.periods
        guard periods.count > 1 else { return [(periods.first, self)] }
        return periods.map { ($0, only($0)) }
    }
}

/// What the summary keeps of one file.
public enum SummaryEntry: Sendable, Equatable {
    /// A report that was checked: who sent it, its services' figures, and what tells it
    /// apart from the other reports.
    case checked(ngo: String, bin: String, services: [ServiceFigures], report: ReportKey)
    /// A file that could not be checked.
    case unchecked(UncheckedFile)
    /// A document judged by rules (a discussion, a competition, a monitoring log): its counts.
    case document([SummaryFigure])

    /// The entry for `result`.
    public init(_ result: FileResult) {
        guard result.verdict != .error else {
            let first = result.errors.first
            self = .unchecked(UncheckedFile(path: result.path, message: first?.message, location: first?.location))
            return
        }
        guard result.document == .report else {
            self = .document(result.figures)
            return
        }
        self = .checked(ngo: result.identity?.ngo ?? "", bin: result.identity?.bin ?? "",
                        services: result.services.map(ServiceFigures.init), report: ReportKey(result))
    }
}

/// A file the summary lists as not checked, with its first error.
public struct UncheckedFile: Sendable, Equatable {
    /// The file.
    public let path: String
    /// The first error found.
    public let message: Message?
    /// Where that error is, when it has a place.
    public let location: SourceLocation?
}

/// Which period, NGO and form a service counts under.
private struct RowKey: Hashable {
    let period: ReportingPeriod
    let ngo: String
    let bin: String
    let kind: String
    let form: String?

    /// The key the standard's order of forms is looked up by.
    static func form(_ kind: String, _ form: String?) -> String { kind + "/" + (form ?? "") }
}
