import GSZWorkbook

/// The results workbook: its sheets, with their key and label rows, filled with the rows the
/// `xlsx` format wrote as each part arrives.
///
/// Each row goes into its sheet's compressed part at once (`WorkbookStream`); what is kept
/// between parts is at most a record cut in two.
final class ResultsWorkbook: OutputPackager {
    private let stream: WorkbookStream
    /// The start of a record the last part cut short.
    private var cut: [UInt8] = []

    init(standard: Standard, language: Language) {
        func label(_ label: Label) -> String { label.text(in: language) }
        func word(_ word: ResultsWord) -> String { word.text(in: language) }
        var serviceColumns: [(String, String)] = [
            ("path", label(.file)), ("ngo", label(.ngo)), ("bin", label(.bin)), ("id", label(.service)),
            ("kind", label(.kind)), ("form", label(.form)), ("title", word(.title)),
            ("verdict", label(.verdict)),
        ]
        for indicator in standard.indicators {
            let name = indicator.name[language]
            serviceColumns += [
                (indicator.id + ".value", name + ": " + label(.value).lowercased()),
                (indicator.id + ".minimal", name + ": " + IndicatorLevel.minimal.name(in: language)),
                (indicator.id + ".maximal", name + ": " + IndicatorLevel.maximal.name(in: language)),
                (indicator.id + ".level", name + ": " + label(.level).lowercased()),
            ]
        }
        stream = WorkbookStream(sheets: [  // in `ResultsSheet`'s order
            Self.sheet(word(.totals), [("verdict", label(.verdict)), ("label", ""), ("files", label(.file))],
                       [], filter: false),
            Self.sheet(word(.files), [
                ("path", label(.file)), ("verdict", label(.verdict)), ("errors", label(.errors)), ("warnings", label(.warnings)),
                ("services", label(.services)), ("ngo", label(.ngo)), ("bin", label(.bin)), ("project", label(.project)),
                ("period.from", label(.period) + ": " + WorkbookWord.rangeStart.text(in: language)),
                ("period.to", label(.period) + ": " + WorkbookWord.rangeEnd.text(in: language)),
            ], []),
            Self.sheet(label(.services), serviceColumns, []),
            Self.sheet(word(.rules), [
                ("path", label(.file)), ("document", word(.document)), ("item", word(.item)),
                ("rule", word(.rule)), ("level", label(.level)), ("due", word(.due)),
                ("actual", word(.actual)), ("message", word(.message)),
            ], []),
            Self.sheet(word(.problems), [
                ("path", label(.file)), ("severity", word(.severity)), ("code", word(.code)),
                ("line", label(.line)), ("column", word(.column)), ("sheet", word(.sheetName)),
                ("cell", word(.cell)), ("message", word(.message)),
            ], []),
        ])
    }

    func take(_ written: UnsafeRawBufferPointer) {
        guard cut.isEmpty else {
            // A part that ended inside a record (the batch hands over whole parts, so only a
            // caller cutting them): join the rest on and go on.
            cut.append(contentsOf: written)
            let read = cut.withUnsafeBytes { SheetRecords.read($0, into: stream) }
            cut.removeFirst(read)
            return
        }
        let read = SheetRecords.read(written, into: stream)
        cut.append(contentsOf: written[read...])
    }

    func finish() -> [UInt8] {
        // Only a batch with documents judged by rules gets the rules sheet: a report's workbook
        // keeps its four sheets. Two rows are the sheet's own heading.
        let rules = Int(ResultsSheet.rules.rawValue)
        return stream.xlsx(omitting: stream.rowCount(ofSheet: rules) > 2 ? [] : [rules])
    }

    /// The text held uncompressed: a cut record and the sheets' staged chunks.
    var staged: Int { cut.count + stream.staged }
    /// The compressed bytes so far.
    var packedCount: Int { stream.packedCount }

    /// A sheet with ids in row 1, labels in row 2 (bold, frozen, with filter buttons), then `rows`.
    static func sheet(_ name: String, _ columns: [(id: String, label: String)], _ rows: [[CellDraft?]], filter: Bool = true) -> SheetDraft {
        var sheet = SheetDraft(name: name)
        sheet.rows = [columns.map { .text($0.id) }, columns.map { .text($0.label, .bold) }] + rows
        sheet.frozenRows = 2
        sheet.filterRow = filter ? 2 : 0
        for (index, column) in columns.enumerated() {
            sheet.widths[index + 1] = column.id == "message" || column.id == "path" || column.id == "title" ? 40 : 14
        }
        return sheet
    }

    /// The fill for a verdict or level id: green at the top, yellow for minimal, red below,
    /// grey where nothing could be judged.
    static func style(for id: String) -> CellStyle {
        switch id {
        case "maximal", "meets", "compliant": .good
        case "minimal": .fair
        case "noncompliant", "error": .bad
        case "incomplete", "missing", "not_assessed": .neutral
        default: .plain
        }
    }
}

/// A sheet name or column label of the results workbook; each catalogue words it.
enum ResultsWord: CaseIterable, Sendable {
    /// The totals sheet's name.
    case totals
    /// The files sheet's name.
    case files
    /// The sheet of errors and warnings.
    case problems
    /// A service's title.
    case title
    /// Error or warning.
    case severity
    /// A problem's code.
    case code
    /// The column of a problem's place.
    case column
    /// The sheet of a problem's place.
    case sheetName
    /// The cell of a problem's place.
    case cell
    /// The sentence of a problem or finding.
    case message
    /// The sheet of rules applied.
    case rules
    /// The kind of document a rule judged.
    case document
    /// What a finding is about.
    case item
    /// The rule applied.
    case rule
    /// What the rule asked for.
    case due
    /// What the document holds.
    case actual

    /// The word in `language`.
    func text(in language: Language) -> String {
        language.catalogue.resultsWord(self)
    }
}
