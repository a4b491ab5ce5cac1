/// The parts of the report format every standard shares: the header, and the fields that
/// name a service and say when it took place, which the reader's own rules look at (ids
/// unique, kinds and forms declared, `date` or `dates`).
///
/// The fields a standard measures (hours, participants, feedback…) are its data: `fields:`
/// in `Standards/standard.yaml`, after these in every service (`ReportFormat`).
enum ReportSchema {
    /// The fields every service has, in this order, before the standard's own.
    static let coreServiceFields: [FieldSpec] = [
        FieldSpec("id", .text, required: true, example: "S1", summary: LocalizedText(
            ru: "Идентификатор услуги, уникальный в отчёте",
            kk: "Қызмет идентификаторы, есепте бірегей",
            en: "The service's id, unique within the report")),
        FieldSpec("kind", .kind, required: true, example: "training", summary: LocalizedText(
            ru: "Вид услуги: training, consulting, information, research, events, civic_center",
            kk: "Қызмет түрі: training, consulting, information, research, events, civic_center",
            en: "Kind of service: training, consulting, information, research, events, civic_center")),
        FieldSpec("form", .form, example: "seminar", summary: LocalizedText(
            ru: "Форма обучающей услуги (обязательна для training): seminar, training, master_class, lecture, webinar, video_lesson, course, internship",
            kk: "Оқыту қызметінің нысаны (training үшін міндетті): seminar, training, master_class, lecture, webinar, video_lesson, course, internship",
            en: "Form of a training service (required for training): seminar, training, master_class, lecture, webinar, video_lesson, course, internship")),
        FieldSpec("title", .text, example: "Основы НКО-менеджмента", summary: LocalizedText(
            ru: "Тема или название", kk: "Тақырыбы немесе атауы", en: "Topic or title")),
        FieldSpec("dates", .dateSpan, example: "{from: 2026-02-10, to: 2026-02-11}", summary: LocalizedText(
            ru: "Даты проведения: с (from) по (to) включительно; для одного дня можно указать date",
            kk: "Өткізілген күндері: from бастап to дейін қоса алғанда; бір күн үшін date көрсетуге болады",
            en: "When it took place, from and to inclusive; for one day, date may be given instead")),
        FieldSpec("date", .date, example: "2026-02-10", summary: LocalizedText(
            ru: "Дата однодневной услуги (вместо dates)",
            kk: "Бір күндік қызметтің күні (dates орнына)",
            en: "The day of a one-day service (instead of dates)")),
    ]

    /// The report's header: who reports, on what, for which period.
    public static let header = ObjectSpec([
        FieldSpec("ngo", .object(ObjectSpec([
            FieldSpec("name", .text, required: true, example: "ОФ «Болашақ»", summary: LocalizedText(
                ru: "Наименование НПО", kk: "ҮЕҰ атауы", en: "The NGO's name")),
            FieldSpec("bin", .bin, required: true, example: "\"180540012343\"", summary: LocalizedText(
                ru: "БИН: 12 цифр с верным контрольным разрядом",
                kk: "БСН: бақылау разряды дұрыс 12 цифр",
                en: "BIN: 12 digits with a valid check digit")),
        ])), required: true, summary: LocalizedText(
            ru: "Неправительственная организация — поставщик услуг",
            kk: "Қызмет берушi үкіметтік емес ұйым",
            en: "The non-governmental organisation delivering the services")),
        FieldSpec("project", .text, required: true, example: "Школа гражданской активности", summary: LocalizedText(
            ru: "Название социального проекта", kk: "Әлеуметтік жобаның атауы", en: "The social project's name")),
        FieldSpec("contract", .text, example: "ГСЗ-2026/014", summary: LocalizedText(
            ru: "Номер договора ГСЗ", kk: "МӘТ шартының нөмірі", en: "The state social order contract number")),
        FieldSpec("period", .dateSpan, required: true, example: "{from: 2026-01-01, to: 2026-12-31}",
                  summary: LocalizedText(
                    ru: "Отчётный период: с (from) по (to)", kk: "Есепті кезең: from бастап to дейін",
                    en: "The reporting period, from and to")),
    ])

    /// A whole report whose services have the fields of `service`, numbered.
    static func root(service: ObjectSpec) -> ObjectSpec {
        ObjectSpec([
            FieldSpec("report", .object(header), required: true, summary: LocalizedText(
                ru: "О ком и за какой период отчёт", kk: "Есеп кім туралы және қай кезеңге",
                en: "Who reports, on what, for which period")),
            FieldSpec("services", .list(service, minimumCount: 1), required: true, summary: LocalizedText(
                ru: "Оказанные услуги, хотя бы одна", kk: "Көрсетілген қызметтер, кемінде біреуі",
                en: "The services delivered, at least one")),
        ]).numbered()
    }

    /// Where each header field's value sits in the header's record. A service's fields
    /// are a record of their own, so the header's slots are the same under every standard.
    static let rootLayout = RecordLayout(root(service: core))

    /// The core fields alone, numbered: their slots are the same in every standard's format.
    static let core = ObjectSpec(coreServiceFields).numbered()
}
