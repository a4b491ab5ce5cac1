/// A kind or form named on the command line that the standard does not declare, with the
/// message that lists the known ones and the closest.
public struct UnknownName: Error, Sendable {
    /// What to tell the user.
    public let message: Message
}

extension Standard {
    /// The kind with `id`, or why there is none.
    public func kind(named id: String) throws(UnknownName) -> ServiceKind {
        if let kind = kind(id) { return kind }
        let known = kinds.map(\.id)
        throw UnknownName(message: .unknownValue(field: "kind", value: id, known: known,
                                                 suggestion: Suggestion.closest(to: id, among: known)))
    }

    /// The form with `id`, within `kind` when given, else within whichever kind declares
    /// it; or why there is none.
    public func form(named id: String, kind kindID: String? = nil) throws(UnknownName) -> (kind: ServiceKind, form: ServiceForm) {
        let candidates = try kindID.map { id throws(UnknownName) in [try kind(named: id)] } ?? kinds
        // "known: " followed by nothing would leave the user guessing why no form fits.
        if let kindID, candidates.allSatisfy(\.forms.isEmpty) {
            throw UnknownName(message: .kindWithoutForms(kind: kindID, form: id))
        }
        for kind in candidates {
            if let form = kind.forms.first(where: { $0.id == id }) { return (kind, form) }
        }
        let known = candidates.flatMap { $0.forms.map(\.id) }
        throw UnknownName(message: .unknownValue(field: "form", value: id, known: known,
                                                 suggestion: Suggestion.closest(to: id, among: known)))
    }
}
