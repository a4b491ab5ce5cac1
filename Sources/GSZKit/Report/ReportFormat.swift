/// A report's format under one standard: the core fields every service has, then the
/// fields the standard declares (`fields:` in `Standards/standard.yaml`), and the rules
/// between them (`checks:`). The reader, the JSON Schema, the templates and the linter
/// all read it, so they cannot disagree.
///
/// A class: every service record of a batch refers to its layout.
public final class ReportFormat: Sendable {
    /// A service: one line of the NGO's work, judged against the standard.
    public let service: ObjectSpec
    /// Where each service field's value sits in a service's record.
    let serviceLayout: RecordLayout
    /// A whole report: its header, and its services with the fields of `service`.
    public let root: ObjectSpec
    /// The rules between a service's fields, in declared order.
    public let checks: [FieldCheck]
    /// The slots of the fields the summary totals, where the standard declares them.
    let figures: FigureSlots
    /// The fields that belong to some kinds only, with the slots they and their nested fields hold.
    let kindFields: [(field: FieldSpec, slots: [Int])]

    /// The format whose services have the core fields, then `declared`, with `checks`
    /// between them (as paths the format has: the assembler resolved them).
    init(declared: [FieldSpec], checks: [(field: String, atMost: String)]) {
        service = ObjectSpec(ReportSchema.coreServiceFields + declared).numbered()
        serviceLayout = RecordLayout(service)
        root = ReportSchema.root(service: service)
        let layout = serviceLayout
        self.checks = checks.compactMap { check in
            guard let field = layout.slot(of: check.field), let limit = layout.slot(of: check.atMost) else { return nil }
            return FieldCheck(field: check.field, fieldSlot: field, atMost: check.atMost, limitSlot: limit)
        }
        kindFields = service.fields.filter { !$0.kinds.isEmpty }.map { field in
            (field, [field.slot] + (field.fields?.allFields.map(\.slot) ?? []))
        }
        figures = FigureSlots(
            participants: layout.slot(of: "participants"), successStories: layout.slot(of: "success_stories"),
            satisfied: layout.slot(of: "feedback.satisfied"), respondents: layout.slot(of: "feedback.respondents"))
    }

    /// The service field at dotted `path`, if the format has one.
    public func serviceField(_ path: String) -> FieldSpec? {
        service.allFields.first { $0.path == path }
    }
}

/// `checks:` in a standard: the whole number in one service field must not exceed the one
/// in another where both are given (`feedback.satisfied` at most `feedback.respondents`).
public struct FieldCheck: Sendable {
    /// The field checked, by path.
    public let field: String
    let fieldSlot: Int
    /// The field it must not exceed, by path.
    public let atMost: String
    let limitSlot: Int
}

/// The service fields `gsz summary` totals and the satisfaction it averages, by slot.
struct FigureSlots: Sendable {
    let participants: Int?
    let successStories: Int?
    let satisfied: Int?
    let respondents: Int?
}
