import GSZWorkbook

/// The report template as a workbook (`gsz init --format xlsx`), in contract §12's layout.
///
/// A header sheet (keys in the hidden column A, labels in B, values in C) and a services
/// sheet (keys in the hidden row 1, labels in row 2, one example service in row 3, kind and
/// form as drop-down lists down to row 500). Every key carries a note with the format's own
/// summary, and the example values are `ReportTemplate`'s, so the workbook as written passes
/// `gsz check`.
extension ReportTemplate {
    /// The template workbook's `.xlsx` bytes in `language`, `standard`'s kinds and forms in the lists.
    public func xlsx(in language: Language, standard: Standard) -> [UInt8] {
        workbook(in: language, standard: standard).xlsx()
    }

    /// The template workbook in `language`, with `standard`'s kinds and forms in the lists.
    func workbook(in language: Language, standard: Standard) -> WorkbookDraft {
        WorkbookDraft(sheets: [headerSheet(in: language), servicesSheet(in: language, standard: standard)])
    }

    private func headerSheet(in language: Language) -> SheetDraft {
        var sheet = SheetDraft(name: WorkbookWord.headerSheet.text(in: language))
        sheet.rows = [[.text("report"), .text(WorkbookWord.title.text(in: language), .bold), nil]]
        sheet.hiddenColumns = [1]
        sheet.widths = [1: 14, 2: 28, 3: 48]
        let examples: [String: CellDraft] = [
            "ngo.name": .text("ОФ «Болашақ»"), "ngo.bin": .text("180540012343", .text),
            "project": .text("Школа гражданской активности"), "contract": .text("ГСЗ-2026/014"),
            "period.from": CellDraft(.date(year: 2026, month: 1, day: 1)), "period.to": CellDraft(.date(year: 2026, month: 12, day: 31)),
        ]
        for (index, field) in WorkbookLabels.header.enumerated() {
            sheet.rows.append([.text(field.key), .text(field.label.text(in: language), .bold), examples[field.key]])
            sheet.comments.append((row: index + 2, column: 3, text: note(for: "report." + field.key, in: language)))
        }
        return sheet
    }

    private func servicesSheet(in language: Language, standard: Standard) -> SheetDraft {
        var sheet = SheetDraft(name: WorkbookWord.servicesSheet.text(in: language))
        let fields = WorkbookLabels.services
        sheet.rows = [fields.map { .text($0.key) }, fields.map { .text($0.label.text(in: language), .bold) }, fields.map { example(for: $0.key) }]
        sheet.hiddenRows = [1]
        sheet.frozenRows = 2
        for (index, field) in fields.enumerated() {
            // Wide enough for the label, the title and the provider's name wider still.
            let wide = field.key == "title" || field.key == "provider.name"
            sheet.widths[index + 1] = wide ? 28 : min(26, max(10, field.label.text(in: language).count + 3))
            sheet.comments.append((row: 2, column: index + 1, text: note(for: field.key, in: language)))
        }
        sheet.comments.append((row: 3, column: 1, text: WorkbookWord.exampleNote.text(in: language)))
        let kindColumn = CellReference.letters(column: (fields.firstIndex { $0.key == "kind" } ?? 0) + 1)
        let formColumn = CellReference.letters(column: (fields.firstIndex { $0.key == "form" } ?? 0) + 1)
        sheet.lists = [
            (range: "\(kindColumn)3:\(kindColumn)500", values: standard.kinds.map(\.id)),
            (range: "\(formColumn)3:\(formColumn)500", values: standard.kinds.flatMap { $0.forms.map(\.id) }),
        ]
        return sheet
    }

    /// The example service's cell under `key`: the YAML template's value where it writes
    /// the field, empty where it does not.
    private func example(for key: String) -> CellDraft? {
        let paths = servicePaths
        switch key {
        case "kind": return .text(kind.id)
        case "form": return form.map { .text($0.id) }
        case "date": return nil
        case "dates.from": return CellDraft(.date(year: 2026, month: 2, day: 10))
        case "dates.to": return CellDraft(.date(year: 2026, month: 2, day: 11))
        default:
            guard paths.contains(key), let field = format.serviceField(key), field.example != nil else { return nil }
            // The YAML template's value, raised to what the form's thresholds accept.
            let text = sample(for: field)
            if case .text = field.type { return .text(text) }
            return Double(text).map { CellDraft.number($0) } ?? .text(text)
        }
    }

    /// The note on a key: the format's summary of the field, and how to write it.
    func note(for path: String, in language: Language) -> String {
        let segments = path.split(separator: ".").map(String.init)
        let end = segments.last
        let rangePath = segments.dropLast().joined(separator: ".")
        let isRangeEnd = (end == "from" || end == "to") && (rangePath == "dates" || rangePath == "report.period")
        let fieldPath = isRangeEnd ? rangePath : path
        let fields = path.hasPrefix("report.") ? format.root.allFields : format.service.allFields
        let summary = fields.first { $0.path == fieldPath }?.summary[language] ?? ""
        var note = isRangeEnd ? (end == "from" ? WorkbookWord.rangeStart : .rangeEnd).text(in: language) + ". " + summary : summary
        if isRangeEnd || path == "date" { note += ". " + WorkbookWord.dateHint.text(in: language) }
        if path == "report.ngo.bin" { note += ". " + WorkbookWord.binHint.text(in: language) }
        return path.split(separator: ".").last.map { "\($0): " + note } ?? note
    }
}
