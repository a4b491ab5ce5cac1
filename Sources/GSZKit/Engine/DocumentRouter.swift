import GSZYAML
import Synchronization

/// Decides which family judges a parsed document, by the root keys it holds (contract §7).
struct DocumentRouter: Sendable {
    private let families: [FamilySlot]
    private let rootKeys: KeySet
    private let report: Int

    /// A router over one instance of every family in `RuleFamilies.all`, judging by `standard`;
    /// each is made when the first document of its kind arrives.
    init(standard: Standard) {
        families = RuleFamilies.all.map { FamilySlot($0, standard: standard) }
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
        guard root.kind == .mapping else { return .family(families[report].family) }
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
            return .family(families[found[0].position].family)
        case 0 where hasServices:
            return .family(families[report].family)
        case 0:
            let keys = root.pairs.prefix(4).map { $0.key.text }
            return .refused(.unknownDocument(found: keys, known: rootKeys.names), at: root.location)
        default:
            return .refused(.twoDocuments(first: found[0].key.text, second: found[1].key.text),
                            at: found[1].key.location)
        }
    }
}

/// One family, made the first time a document of its kind is routed to it: making a family
/// reads its files of the standard (a competition's rules, the calendar), which a batch of
/// reports never needs. Threads routing at once wait for the first to make it.
private final class FamilySlot: Sendable {
    private let type: any RuleFamily.Type
    private let standard: Standard
    private let made = Mutex<(any RuleFamily)?>(nil)

    init(_ type: any RuleFamily.Type, standard: Standard) {
        self.type = type
        self.standard = standard
    }

    var family: any RuleFamily {
        made.withLock { made in
            if let made { return made }
            let family = type.init(standard: standard)
            made = family
            return family
        }
    }
}
