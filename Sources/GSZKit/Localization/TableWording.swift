/// The few words `gsz standard show` puts around a standard's own names; each catalogue words them.
enum TableWording: CaseIterable {
    case minimalMaximal
    case atLeast
    case atMost
    case noThresholds
    case source
    case version

    /// The words in `language`.
    func text(in language: Language) -> String {
        language.catalogue.tableWord(self)
    }

    /// How a column's cells are read: "min / max", "at least", "at most".
    static func check(_ check: CheckKind, in language: Language) -> String {
        switch check {
        case .graded: TableWording.minimalMaximal.text(in: language)
        case .atLeast: TableWording.atLeast.text(in: language)
        case .atMost: TableWording.atMost.text(in: language)
        }
    }
}
