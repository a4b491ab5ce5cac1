/// The report format as data: the one definition the reader, the JSON Schema,
/// the templates and the standard linter share.
public enum ReportSchema {
    /// A service: one line of the NGO's work, judged against the standard.
    public static let service = serviceFields.numbered()

    /// Where each service field's value sits in a service's record.
    public static let serviceLayout = RecordLayout(service)

    private static let serviceFields = ObjectSpec([
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
        FieldSpec("hours", .number(minimum: 0, exclusive: true), unit: .hours, example: "12", summary: LocalizedText(
            ru: "Продолжительность обучения в часах, больше 0",
            kk: "Оқыту ұзақтығы сағатпен, 0-ден көп",
            en: "Hours of instruction, more than 0")),
        FieldSpec("participants", .wholeNumber(minimum: 0), unit: .people, example: "28", summary: LocalizedText(
            ru: "Количество участников, целое число от 0",
            kk: "Қатысушылар саны, 0-ден бастап бүтін сан",
            en: "Number of participants, a whole number from 0")),
        FieldSpec("provider", .object(ObjectSpec([
            FieldSpec("name", .text, example: "А. Сапарова", summary: LocalizedText(
                ru: "Кто проводил (тренер, лектор)", kk: "Кім өткізді (тренер, дәріскер)",
                en: "Who delivered it (trainer, lecturer)")),
            FieldSpec("experience_years", .number(minimum: 0, exclusive: false), unit: .years, example: "3",
                      summary: LocalizedText(
                        ru: "Опыт проводящего в сфере обучающих услуг по направлению, лет (от 0)",
                        kk: "Өткізушінің бағыт бойынша оқыту қызметтері саласындағы тәжірибесі, жыл (0-ден)",
                        en: "The provider's experience in training in this field, in years (from 0)")),
        ])), summary: LocalizedText(
            ru: "Лицо, оказавшее услугу", kk: "Қызметті көрсеткен тұлға", en: "The person who delivered the service")),
        FieldSpec("feedback", .object(ObjectSpec([
            FieldSpec("respondents", .wholeNumber(minimum: 0), unit: .respondents, example: "26",
                      summary: LocalizedText(
                        ru: "Сколько анкет обратной связи получено (не больше participants)",
                        kk: "Кері байланыс сауалнамасының қаншасы алынды (participants-тен көп емес)",
                        en: "Feedback forms returned (at most participants)")),
            FieldSpec("satisfied", .wholeNumber(minimum: 0), unit: .respondents, example: "23",
                      summary: LocalizedText(
                        ru: "Сколько из них удовлетворены (не больше respondents)",
                        kk: "Олардың қаншасы қанағаттанды (respondents-тен көп емес)",
                        en: "How many of them were satisfied (at most respondents)")),
        ])), summary: LocalizedText(
            ru: "Анкеты обратной связи после услуги", kk: "Қызметтен кейінгі кері байланыс сауалнамалары",
            en: "Feedback forms collected after the service")),
        FieldSpec("success_stories", .countOrList, unit: .stories, example: "4", summary: LocalizedText(
            ru: "Истории успеха: число или список (каждый элемент — одна история)",
            kk: "Табыс тарихтары: сан немесе тізім (әр элемент — бір тарих)",
            en: "Success stories: a number, or a list (each item is one story)")),
    ])

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

    /// A whole report.
    public static let root = rootFields.numbered()

    /// Where each header field's value sits in the header's record.
    public static let rootLayout = RecordLayout(root)

    private static let rootFields = ObjectSpec([
        FieldSpec("report", .object(header), required: true, summary: LocalizedText(
            ru: "О ком и за какой период отчёт", kk: "Есеп кім туралы және қай кезеңге",
            en: "Who reports, on what, for which period")),
        FieldSpec("services", .list(service, minimumCount: 1), required: true, summary: LocalizedText(
            ru: "Оказанные услуги, хотя бы одна", kk: "Көрсетілген қызметтер, кемінде біреуі",
            en: "The services delivered, at least one")),
    ])

    /// The service field at dotted `path`, if the format has one.
    public static func serviceField(_ path: String) -> FieldSpec? {
        service.allFields.first { $0.path == path }
    }
}
