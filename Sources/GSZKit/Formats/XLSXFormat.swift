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
public struct XLSXFormat: OutputFormat {
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
        SheetRecords.write(sheet: "F", fileCells, into: &output)
        for service in result.services {
            var cells: [CellDraft?] = [
                .text(result.path), identity?.ngo.map { .text($0) }, identity?.bin.map { .text($0, .text) },
                .text(service.id), .text(service.kind), service.form.map { .text($0) }, service.title.map { .text($0) },
                verdictCell(service.verdict.rawValue),
            ]
            for definition in options.standard.indicators {
                guard let indicator = service.indicators.first(where: { $0.id == definition.id }) else {
                    cells += [nil, nil, nil, nil]
                    continue
                }
                let (minimal, maximal) = indicator.threshold.bounds
                cells += [indicator.value.map { .number($0) }, minimal.map { .number($0) }, maximal.map { .number($0) },
                          verdictCell(indicator.level.rawValue)]
            }
            SheetRecords.write(sheet: "S", cells, into: &output)
        }
        for finding in result.findings {
            SheetRecords.write(sheet: "R", [
                .text(result.path), .text(result.document.rawValue), finding.item.map { .text($0) }, .text(finding.rule),
                verdictCell(finding.level.rawValue), finding.due.map(Self.date), finding.actual.map(Self.date),
                .text(finding.message[options.language]),
            ], into: &output)
        }
        for diagnostic in result.errors + result.warnings {
            let location = diagnostic.location
            SheetRecords.write(sheet: "E", [
                .text(result.path), CellDraft.text(diagnostic.severity.rawValue, diagnostic.severity == .error ? .bad : .fair),
                .text(diagnostic.message.id), location.map { .number(Double($0.line)) }, location.map { .number(Double($0.column)) },
                location?.sheet.map { .text($0.name) }, location?.cell.map { .text($0) },
                .text(diagnostic.message.text(in: options.language)),
            ], into: &output)
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        SheetRecords.write(sheet: "T", [.text("files"), .text(Label.file.text(in: options.language)), .number(Double(summary.files))],
                           into: &output)
        for verdict in Verdict.allCases {
            SheetRecords.write(sheet: "T", [verdictCell(verdict.rawValue), .text(verdict.name(in: options.language)),
                                            .number(Double(summary[verdict]))], into: &output)
        }
        SheetRecords.write(sheet: "T", [.text("warnings"), .text(Label.warnings.text(in: options.language)),
                                        .number(Double(summary.warnings))], into: &output)
    }

    /// The workbook from everything `begin`, `file` and `end` wrote.
    public func package(_ written: [UInt8]) -> [UInt8] {
        ResultsWorkbook(rows: SheetRecords.decode(written), standard: options.standard, language: options.language).draft.xlsx()
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
