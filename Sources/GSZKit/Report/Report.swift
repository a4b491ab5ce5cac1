public import GSZYAML

/// A report read without errors: its header and its services, each value with its place.
public struct Report: Sendable {
    /// `report.*`: the NGO, the project, the period.
    public let header: FieldRecord
    /// The services, in document order.
    public let services: [ServiceRecord]

    /// The NGO's name.
    public var ngoName: String? { header.text("report.ngo.name") }
    /// The NGO's BIN.
    public var bin: String? { header.text("report.ngo.bin") }
    /// The project's name.
    public var project: String? { header.text("report.project") }
    /// The contract number.
    public var contract: String? { header.text("report.contract") }
    /// The reporting period.
    public var period: DateSpan? { header.span("report.period") }
}

/// One service of a report.
public struct ServiceRecord: Sendable {
    /// Its fields, by path relative to the service (`feedback.respondents`).
    public let fields: FieldRecord
    /// The service's id.
    public var id: String { text(ServiceSlot.id) ?? "" }
    /// The service's kind.
    public var kind: String { text(ServiceSlot.kind) ?? "" }
    /// The service's form, where it has one.
    public var form: String? { text(ServiceSlot.form) }
    /// The service's title.
    public var title: String? { text(ServiceSlot.title) }
    /// Where the service starts.
    public var location: SourceLocation { fields.location }

    private func text(_ slot: Int) -> String? {
        if case .text(let text)? = fields.entry(slot: slot)?.value { return text }
        return nil
    }
}
