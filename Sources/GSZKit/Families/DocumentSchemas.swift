/// The JSON Schema and the template of each kind of document, for `gsz schema` and
/// `gsz init --document KIND`; `nil` for a kind that has none (yet).
public enum DocumentSchemas {
    /// The schema of `kind` for `standard`, descriptions in `language`.
    public static func schema(_ kind: DocumentKind, for standard: Standard, language: Language) -> JSONValue? {
        switch kind {
        case .report: JSONSchema.report(for: standard, language: language)
        case .competition: CompetitionFamily.rules(in: standard).rules.map { CompetitionSchema.schema(for: $0, language: language) }
        case .discussion, .monitoring: nil
        }
    }

    /// A template of `kind` that passes `gsz check` as it is, comments in `language`;
    /// reports have `ReportTemplate`, with its choice of form.
    public static func template(_ kind: DocumentKind, language: Language) -> String? {
        switch kind {
        case .competition: CompetitionTemplate.text(in: language)
        case .report, .discussion, .monitoring: nil
        }
    }
}
