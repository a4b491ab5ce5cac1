public import GSZYAML

/// A report read without errors: its header and its services, each value with its place.
public struct Report: Sendable {
    /// `report.*`: the NGO, the project, the period.
    public let header: FieldRecord
    /// The services, in document order.
    public let services: [ServiceRecord]

    /// The NGO's name.
    public var ngoName: String? { header.text(slot: HeaderSlot.ngoName) }
    /// The NGO's BIN.
    public var bin: String? { header.text(slot: HeaderSlot.bin) }
    /// The project's name.
    public var project: String? { header.text(slot: HeaderSlot.project) }
    /// The contract number.
    public var contract: String? { header.text(slot: HeaderSlot.contract) }
    /// The reporting period.
    public var period: DateSpan? {
        if case .span(let span)? = header.entry(slot: HeaderSlot.period)?.value { return span }
        return nil
    }
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

    private func text(_ slot: Int) -> String? { fields.text(slot: slot) }
}

/// The slots of the header fields a report exposes.
enum HeaderSlot {
    // Force-unwrapped: these paths are literals of the format; a test reads each one.
    static let ngoName = ReportSchema.rootLayout.slot(of: "report.ngo.name")!
    static let bin = ReportSchema.rootLayout.slot(of: "report.ngo.bin")!
    static let project = ReportSchema.rootLayout.slot(of: "report.project")!
    static let contract = ReportSchema.rootLayout.slot(of: "report.contract")!
    static let period = ReportSchema.rootLayout.slot(of: "report.period")!
}
