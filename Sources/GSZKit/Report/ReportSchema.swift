/// The parts of the report format every standard shares: the header, and the fields that
/// name a service and say when it took place, which the reader's own rules look at (ids
/// unique, kinds and forms declared, `date` or `dates`).
///
/// The fields a standard measures (hours, participants, feedback…) are its data: `fields:`
/// in `Standards/standard.yaml`, after these in every service (`ReportFormat`).
enum ReportSchema {
    /// The fields every service has, in this order, before the standard's own.
    static let coreServiceFields: [FieldSpec] = [
        FieldSpec("id", .text, required: true, example: "S1", summary: CoreFieldSummary.id.text),
        FieldSpec("kind", .kind, required: true, example: "training", summary: CoreFieldSummary.kind.text),
        FieldSpec("form", .form, example: "seminar", summary: CoreFieldSummary.form.text),
        FieldSpec("title", .text, example: "Основы НКО-менеджмента", summary: CoreFieldSummary.title.text),
        FieldSpec("dates", .dateSpan, example: "{from: 2026-02-10, to: 2026-02-11}", summary: CoreFieldSummary.dates.text),
        FieldSpec("date", .date, example: "2026-02-10", summary: CoreFieldSummary.date.text),
    ]

    /// The report's header: who reports, on what, for which period.
    public static let header = ObjectSpec([
        FieldSpec("ngo", .object(ObjectSpec([
            FieldSpec("name", .text, required: true, example: "ОФ «Болашақ»", summary: CoreFieldSummary.ngoName.text),
            FieldSpec("bin", .bin, required: true, example: "\"180540012343\"", summary: CoreFieldSummary.bin.text),
        ])), required: true, summary: CoreFieldSummary.ngo.text),
        FieldSpec("project", .text, required: true, example: "Школа гражданской активности", summary: CoreFieldSummary.project.text),
        FieldSpec("contract", .text, example: "ГСЗ-2026/014", summary: CoreFieldSummary.contract.text),
        FieldSpec("period", .dateSpan, required: true, example: "{from: 2026-01-01, to: 2026-12-31}",
                  summary: CoreFieldSummary.period.text),
    ])

    /// A whole report whose services have the fields of `service`, numbered.
    static func root(service: ObjectSpec) -> ObjectSpec {
        ObjectSpec([
            FieldSpec("report", .object(header), required: true, summary: CoreFieldSummary.report.text),
            FieldSpec("services", .list(service, minimumCount: 1), required: true, summary: CoreFieldSummary.services.text),
        ]).numbered()
    }

    /// Where each header field's value sits in the header's record. A service's fields
    /// are a record of their own, so the header's slots are the same under every standard.
    static let rootLayout = RecordLayout(root(service: core))

    /// The core fields alone, numbered: their slots are the same in every standard's format.
    static let core = ObjectSpec(coreServiceFields).numbered()
}
