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
        var serviceColumns: [(String, String)] = [
            ("path", label(.file)), ("ngo", label(.ngo)), ("bin", label(.bin)), ("id", label(.service)),
            ("kind", label(.kind)), ("form", label(.form)), ("title", ResultsWorkbook.title[language]),
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
            Self.sheet(ResultsWorkbook.totals[language], [("verdict", label(.verdict)), ("label", ""), ("files", label(.file))],
                       [], filter: false),
            Self.sheet(ResultsWorkbook.files[language], [
                ("path", label(.file)), ("verdict", label(.verdict)), ("errors", label(.errors)), ("warnings", label(.warnings)),
                ("services", label(.services)), ("ngo", label(.ngo)), ("bin", label(.bin)), ("project", label(.project)),
                ("period.from", label(.period) + ": " + WorkbookLabels.rangeEnd.from[language]),
                ("period.to", label(.period) + ": " + WorkbookLabels.rangeEnd.to[language]),
            ], []),
            Self.sheet(label(.services), serviceColumns, []),
            Self.sheet(ResultsWorkbook.rules[language], [
                ("path", label(.file)), ("document", ResultsWorkbook.document[language]), ("item", ResultsWorkbook.item[language]),
                ("rule", ResultsWorkbook.rule[language]), ("level", label(.level)), ("due", ResultsWorkbook.due[language]),
                ("actual", ResultsWorkbook.actual[language]), ("message", ResultsWorkbook.message[language]),
            ], []),
            Self.sheet(ResultsWorkbook.problems[language], [
                ("path", label(.file)), ("severity", ResultsWorkbook.severity[language]), ("code", ResultsWorkbook.code[language]),
                ("line", label(.line)), ("column", ResultsWorkbook.column[language]), ("sheet", ResultsWorkbook.sheetName[language]),
                ("cell", ResultsWorkbook.cell[language]), ("message", ResultsWorkbook.message[language]),
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

    static let totals = LocalizedText(ru: "Итоги", kk: "Қорытынды", en: "Totals")
    static let files = LocalizedText(ru: "Файлы", kk: "Файлдар", en: "Files")
    static let problems = LocalizedText(ru: "Ошибки и предупреждения", kk: "Қателер мен ескертулер", en: "Errors and warnings")
    static let title = LocalizedText(ru: "Тема", kk: "Тақырыбы", en: "Title")
    static let severity = LocalizedText(ru: "Важность", kk: "Маңыздылығы", en: "Severity")
    static let code = LocalizedText(ru: "Код", kk: "Коды", en: "Code")
    static let column = LocalizedText(ru: "Столбец", kk: "Баған", en: "Column")
    static let sheetName = LocalizedText(ru: "Лист", kk: "Парақ", en: "Sheet")
    static let cell = LocalizedText(ru: "Ячейка", kk: "Ұяшық", en: "Cell")
    static let message = LocalizedText(ru: "Сообщение", kk: "Хабарлама", en: "Message")
    static let rules = LocalizedText(ru: "Правила", kk: "Ережелер", en: "Rules")
    static let document = LocalizedText(ru: "Документ", kk: "Құжат", en: "Document")
    static let item = LocalizedText(ru: "Пункт", kk: "Тармақ", en: "Item")
    static let rule = LocalizedText(ru: "Правило", kk: "Ереже", en: "Rule")
    static let due = LocalizedText(ru: "Срок", kk: "Мерзімі", en: "Due")
    static let actual = LocalizedText(ru: "Фактически", kk: "Іс жүзінде", en: "Actual")
}
