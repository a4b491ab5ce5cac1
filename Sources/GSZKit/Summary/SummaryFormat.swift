import GSZYAML

/// A format of `gsz summary`. It needs the whole batch: `RenderDriver` folds every file into
/// one `MonitoringSummary` and makes the table from it at the end.
public protocol SummaryFormat: Sendable {
    /// The table for `summary`, words in `options.language`; `filing` says who issues it and when.
    init(summary: MonitoringSummary, options: RenderOptions, filing: SummaryFiling)
    /// Writes the table. Pure: the same summary gives the same bytes.
    func write(into output: inout OutputBuffer)
}

extension SummaryFormatName {
    /// Writes `summary` in this format, words in `language`; `toolVersion` names gsz where
    /// the format names its tool. `filing` says who issues the summary and when.
    public func render(_ summary: MonitoringSummary, language: Language, toolVersion: String, filing: SummaryFiling = SummaryFiling(),
                       csvDialect: CSVDialect = .rfc4180,
                       into output: inout OutputBuffer) {
        var options = RenderOptions(language: language, required: .minimal, color: false, standard: summary.standard,
                                    toolVersion: toolVersion)
        options.csvDialect = csvDialect
        type.init(summary: summary, options: options, filing: filing).write(into: &output)
    }
}

extension MonitoringSummary {
    /// `Стандарт государственного социального заказа, версия 1.0`.
    func standardLine(in language: Language) -> String {
        "\(standard.name[language]), \(Label.version.text(in: language)) \(standard.version)"
    }

    /// `6 файлов · проверено: 5 · не удалось проверить: 1`.
    func filesLine(in language: Language) -> String {
        var line = Label.files(files, in: language) + " · " + Label.checked.text(in: language).lowercased() + ": \(checkedFiles)"
        if !unchecked.isEmpty { line += " · " + Label.notChecked.text(in: language).lowercased() + ": \(unchecked.count)" }
        if !duplicates.isEmpty { line += " · " + FilingWording.duplicates.text(in: language).lowercased() + ": \(duplicates.count)" }
        return line
    }

    /// The row's form name (or kind name) in `language`.
    func formName(_ row: SummaryRow, in language: Language) -> String {
        FindingText.formName(kind: row.kind, form: row.form, in: standard, language: language)
    }

    /// The rows grouped by NGO, in row order.
    var groups: [(ngo: String, bin: String, rows: [SummaryRow])] {
        var groups: [(ngo: String, bin: String, rows: [SummaryRow])] = []
        for row in rows {
            if let last = groups.last, last.ngo == row.ngo, last.bin == row.bin {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append((row.ngo, row.bin, [row]))
            }
        }
        return groups
    }
}

extension UncheckedFile {
    /// `Samples/errors.yaml:6:10: …`, the way diagnostics start.
    func text(in language: Language) -> String {
        let place = location.map { ":\($0)" } ?? ""
        return path + place + ": " + (message?.text(in: language) ?? "")
    }
}
