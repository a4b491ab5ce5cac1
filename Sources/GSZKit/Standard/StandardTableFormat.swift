/// How `gsz standard show` writes a standard's tables: for people at a terminal, for a
/// document, or for programs.
public enum StandardTableFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal.
    case text
    /// A Markdown table per kind, for documents and wikis.
    case markdown
    /// One JSON object: forms × indicators × thresholds, each with its table and row.
    case json

    /// The tables of `standard` (only `form`'s row when given), in `language` for text and
    /// Markdown; JSON carries every language. Pure: the same standard gives the same bytes.
    public func render(_ standard: Standard, form: String? = nil, language: Language) -> String {
        let tables = StandardTable.tables(of: standard, form: form)
        let untabled = form == nil ? StandardTable.kindsWithoutThresholds(of: standard) : []
        switch self {
        case .text: return StandardTableText(language: language, markdown: false).render(standard, tables, untabled)
        case .markdown: return StandardTableText(language: language, markdown: true).render(standard, tables, untabled)
        case .json: return StandardTableJSON.value(standard, tables, untabled).rendered
        }
    }

    /// A cell as people read it: "50% / 85%", "12 / 35", "2 часа"; "—" where nothing is set.
    public static func cellText(_ rule: IndicatorRule?, in language: Language) -> String {
        guard let rule else { return "—" }
        let unit = rule.definition.unit
        switch rule.threshold {
        case .graded(let minimal, let maximal):
            let mark = unit == .percent ? "%" : ""
            return NumberText.exact(minimal.from, in: language) + mark + " / " + NumberText.exact(maximal.from, in: language) + mark
        case .requirement(_, let threshold):
            return unit.amount(threshold, within: .exactly(threshold), in: language)
        }
    }
}
