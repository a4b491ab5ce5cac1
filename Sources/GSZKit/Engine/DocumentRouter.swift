import GSZYAML

/// Decides which family judges a parsed document, by the root keys it holds (contract §7).
struct DocumentRouter: Sendable {
    private let families: [any RuleFamily]
    private let rootKeys: KeySet
    private let report: Int

    /// A router over one instance of every family in `RuleFamilies.all`, judging by `standard`.
    init(standard: Standard) {
        families = RuleFamilies.all.map { $0.init(standard: standard) }
        rootKeys = KeySet(RuleFamilies.all.map { $0.kind.rootKey })
        // The report family is always listed: it judges files that are no document at all.
        report = RuleFamilies.all.firstIndex { $0.kind == .report } ?? 0
    }

    /// What to do with a document: the family to judge it, or the input error that it is
    /// none of the kinds, or two of them at once.
    enum Route {
        case family(any RuleFamily)
        case refused(Message, at: SourceLocation)
    }

    /// The route for `document`. A root that is not a mapping, or a mapping with `services`
    /// but no `report`, goes to the report family, whose messages say what a report lacks.
    func route(_ document: YAMLDocument) -> Route {
        let root = document.root
        guard root.kind == .mapping else { return .family(families[report]) }
        var found: [(position: Int, key: YAMLNode)] = []
        var hasServices = false
        for (key, _) in root.pairs where key.kind == .scalar {
            if let position = rootKeys.index(of: key) {
                // A key written twice is a duplicate key, already reported by the YAML layer.
                if !found.contains(where: { $0.position == position }) { found.append((position, key)) }
            } else if key.scalarEquals("services") {
                hasServices = true
            }
        }
        switch found.count {
        case 1:
            return .family(families[found[0].position])
        case 0 where hasServices:
            return .family(families[report])
        case 0:
            let keys = root.pairs.prefix(4).map { $0.key.text }
            return .refused(.unknownDocument(found: keys, known: rootKeys.names), at: root.location)
        default:
            return .refused(.twoDocuments(first: found[0].key.text, second: found[1].key.text),
                            at: found[1].key.location)
        }
    }
}
