/// What a field of the report's own holds (the header's, and the core fields of every
/// service), as `gsz schema` and the templates describe it; each catalogue words it.
enum CoreFieldSummary: CaseIterable, Sendable {
    /// `services[].id`.
    case id
    /// `services[].kind`.
    case kind
    /// `services[].form`.
    case form
    /// `services[].title`.
    case title
    /// `services[].dates`.
    case dates
    /// `services[].date`.
    case date
    /// `report.ngo.name`.
    case ngoName
    /// `report.ngo.bin`.
    case bin
    /// `report.ngo`.
    case ngo
    /// `report.project`.
    case project
    /// `report.contract`.
    case contract
    /// `report.period`.
    case period
    /// `report`.
    case report
    /// `services`.
    case services

    /// The summary in every language, as a field's spec carries it.
    var text: LocalizedText {
        LocalizedText(wording: { $0.catalogue.coreFieldSummary(self) })
    }
}
