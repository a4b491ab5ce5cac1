/// A standard's thresholds laid out as its source lays them out: for one service kind, a
/// row per form and a column per indicator, each cell the rule that applies or nothing
/// ("—": the standard sets nothing there, so the indicator is not assessed).
///
/// Built from the loaded standard only, so what `gsz standard show` prints is what
/// `gsz check` applies.
public struct StandardTable: Sendable {
    /// One form's row.
    public struct Row: Sendable {
        /// The form; `nil` for a kind without forms.
        public let form: ServiceForm?
        /// One cell per column: the rule in force, or `nil` where the standard sets nothing.
        public let cells: [IndicatorRule?]
    }

    /// The kind the table is for.
    public let kind: ServiceKind
    /// The indicators some table of this kind sets, in the standard's order.
    public let columns: [IndicatorDefinition]
    /// The rows, in the order the kind declares its forms.
    public let rows: [Row]

    /// The tables of `standard`, one per kind that has thresholds; only `form`'s row when
    /// given (a form id of any kind).
    public static func tables(of standard: Standard, form: String? = nil) -> [StandardTable] {
        standard.kinds.compactMap { kind in
            let sources = standard.tables.filter { $0.kind == kind.id }
            guard !sources.isEmpty else { return nil }
            let listed = Set(sources.flatMap(\.indicators))
            let columns = standard.indicators.filter { listed.contains($0.id) }
            let forms: [ServiceForm?] = kind.forms.isEmpty ? [nil] : kind.forms.filter { form == nil || $0.id == form }
            guard !forms.isEmpty, form == nil || !kind.forms.isEmpty else { return nil }
            let rows = forms.map { form in
                let rules = standard.rules(kind: kind.id, form: form?.id)
                return Row(form: form, cells: columns.map { column in rules.first { $0.definition.id == column.id } })
            }
            return StandardTable(kind: kind, columns: columns, rows: rows)
        }
    }

    /// The kinds for which `standard` sets no thresholds at all: their services are not assessed.
    public static func kindsWithoutThresholds(of standard: Standard) -> [ServiceKind] {
        standard.kinds.filter { kind in !standard.tables.contains { $0.kind == kind.id } }
    }
}
