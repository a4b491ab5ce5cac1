import GSZWorkbook
import GSZYAML

/// `--format xlsx`: the results as a workbook officers can filter and sum.
///
/// Four sheets: totals; files (a row per file, its verdict and counts); services (a row per
/// service, in the order and with the values of the JSON output: its verdict, then each of
/// the standard's indicators as value, minimal, maximal and level, levels coloured); and the
/// errors and warnings with their places. When the batch holds a discussion, a monitoring log
/// or a competition, a fifth sheet before the errors has a row per rule applied: the item,
/// the rule's id, its level, the due and actual dates of a deadline, and the sentence. Numbers stay number cells and dates date cells.
/// Each sheet has the English ids in row 1 and labels in the chosen language in row 2.
struct XLSXFormat: OutputFormat {
    public static let isRealtime = false
    let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    public func begin(into output: inout OutputBuffer) {}

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        let identity = result.identity
        let fileCells: [CellDraft?] = [
            .text(result.path), verdictCell(result.verdict.rawValue), .number(Double(result.errors.count)),
            .number(Double(result.warnings.count)), .number(Double(result.services.count)),
            identity?.ngo.map { .text($0) }, identity?.bin.map { .text($0, .text) }, identity?.project.map { .text($0) },
            identity?.period.map { Self.date($0.from) }, identity?.period.map { Self.date($0.to) },
        ]
        SheetRecords.write(.files, fileCells, into: &output)
        output.write(result.services, inHalves: { services, output in
            writeServices(services, of: result, into: &output)
        })
        for finding in result.findings {
            SheetRecords.write(.rules, [
                .text(result.path), .text(result.document.rawValue), finding.item.map { .text($0) }, .text(finding.rule),
                verdictCell(finding.level.rawValue), finding.due.map(Self.date), finding.actual.map(Self.date),
                .text(finding.message[options.language]),
            ], into: &output)
        }
        for diagnostic in result.errors + result.warnings {
            let location = diagnostic.location
            SheetRecords.write(.errors, [
                .text(result.path), CellDraft.text(diagnostic.severity.rawValue, diagnostic.severity == .error ? .bad : .fair),
                .text(diagnostic.message.id), location.map { .number(Double($0.line)) }, location.map { .number(Double($0.column)) },
                location?.sheet.map { .text($0.name) }, location?.cell.map { .text($0) },
                .text(diagnostic.message.text(in: options.language)),
            ], into: &output)
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        SheetRecords.write(.totals, [.text("files"), .text(Label.file.text(in: options.language)), .number(Double(summary.files))],
                           into: &output)
        for verdict in Verdict.allCases {
            SheetRecords.write(.totals, [verdictCell(verdict.rawValue), .text(verdict.name(in: options.language)),
                                            .number(Double(summary[verdict]))], into: &output)
        }
        SheetRecords.write(.totals, [.text("warnings"), .text(Label.warnings.text(in: options.language)),
                                        .number(Double(summary.warnings))], into: &output)
    }

    /// The workbook, filled as each part that `begin`, `file` and `end` wrote is handed over.
    public func packager() -> any OutputPackager {
        ResultsWorkbook(standard: options.standard, language: options.language)
    }

    /// One row a service, in the services sheet's records.
    private func writeServices(_ services: ArraySlice<ServiceResult>, of result: FileResult, into output: inout OutputBuffer) {
        let identity = result.identity
        let indicators = options.standard.indicators
        // One array for every service's row, filled in place: a report may hold tens of
        // thousands of services, and a fresh array per row and per indicator showed in the time.
        var cells: [CellDraft?] = []
        cells.reserveCapacity(8 + 4 * indicators.count)
        for service in services {
            cells.removeAll(keepingCapacity: true)
            cells.append(.text(result.path))
            cells.append(identity?.ngo.map { .text($0) })
            cells.append(identity?.bin.map { .text($0, .text) })
            cells.append(.text(service.id))
            cells.append(.text(service.kind))
            cells.append(service.form.map { .text($0) })
            cells.append(service.title.map { .text($0) })
            cells.append(verdictCell(service.verdict.rawValue))
            for definition in indicators {
                guard let indicator = service.indicators.first(where: { $0.id == definition.id }) else {
                    cells.append(contentsOf: repeatElement(nil, count: 4))
                    continue
                }
                let (minimal, maximal) = indicator.threshold.bounds
                cells.append(indicator.value.map { .number($0) })
                cells.append(minimal.map { .number($0) })
                cells.append(maximal.map { .number($0) })
                cells.append(verdictCell(indicator.level.rawValue))
            }
            SheetRecords.write(.services, cells, into: &output)
        }
    }

    private func verdictCell(_ id: String) -> CellDraft {
        .text(id, ResultsWorkbook.style(for: id))
    }

    static func date(_ date: CalendarDate) -> CellDraft {
        CellDraft(.date(year: date.year, month: date.month, day: date.day))
    }
}

extension Threshold {
    /// The minimal and maximal thresholds as JSON gives them: a requirement's one threshold
    /// is `minimal` for "at least" and `maximal` for "at most".
    var bounds: (minimal: Double?, maximal: Double?) {
        switch self {
        case .graded(let minimal, let maximal): (minimal.from, maximal.from)
        case .requirement(.atLeast, let threshold): (threshold, nil)
        case .requirement(.atMost, let threshold): (nil, threshold)
        }
    }
}
