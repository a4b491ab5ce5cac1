import GSZWorkbook
import GSZYAML

/// The summary as a workbook (`gsz summary --format xlsx`): a row per NGO and form with
/// the same columns as the CSV, numbers as number cells, a total row, and a sheet of the
/// files that could not be checked with their places.
struct SummaryWorkbook {
    let summary: MonitoringSummary
    let language: Language

    func write(into output: inout OutputBuffer) {
        let bytes = draft.xlsx()
        bytes.withUnsafeBufferPointer { output.append($0) }
    }

    var draft: WorkbookDraft {
        let columns = SummaryColumn.all
        func figures(_ figures: SummaryFigures) -> [CellDraft?] {
            columns.map { column in Double(column.csv(figures)).map { CellDraft.number($0) } }
        }
        var rows: [[CellDraft?]] = summary.rows.map { row in
            [.text(row.ngo), .text(row.bin, .text), .text(row.kind), row.form.map { .text($0) }, .text(summary.formName(row, in: language))]
                + figures(row.figures)
        }
        rows.append([.text(Label.total.text(in: language), .bold), nil, nil, nil, nil] + figures(summary.total))
        let header = [("ngo", Label.ngo), ("bin", Label.bin), ("kind", Label.kind), ("form", Label.form), ("form_name", Label.form)]
            .map { (id: $0.0, label: $0.1.text(in: language)) } + columns.map { (id: $0.id, label: $0.title(in: language)) }
        let unchecked: [[CellDraft?]] = summary.unchecked.map { file in
            let location = file.location
            return [.text(file.path), location.map { .number(Double($0.line)) }, location.map { .number(Double($0.column)) },
                    location?.sheet.map { .text($0.name) }, location?.cell.map { .text($0) },
                    file.message.map { .text($0.id) }, file.message.map { .text($0.text(in: language)) }]
        }
        return WorkbookDraft(sheets: [
            ResultsWorkbook.sheet(Label.monitoringSummary.text(in: language), header, rows),
            ResultsWorkbook.sheet(Label.notChecked.text(in: language), [
                ("path", Label.file.text(in: language)), ("line", Label.line.text(in: language)),
                ("column", ResultsWord.column.text(in: language)), ("sheet", ResultsWord.sheetName.text(in: language)),
                ("cell", ResultsWord.cell.text(in: language)), ("code", ResultsWord.code.text(in: language)),
                ("message", ResultsWord.message.text(in: language)),
            ], unchecked),
        ])
    }
}

extension SummaryWorkbook: SummaryFormat {
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling) {
        self.init(summary: summary, language: options.language)
    }
}
