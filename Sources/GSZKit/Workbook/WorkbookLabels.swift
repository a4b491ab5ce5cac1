/// What people read in a report workbook: sheet names and a short label for each key.
///
/// The keys stay English (they are what gsz reads); the labels in the chosen language sit
/// beside them (column B of the header, row 2 of the services) and are never read.
enum WorkbookLabels {
    static let headerSheet = LocalizedText(ru: "Отчёт", kk: "Есеп", en: "Report")
    static let servicesSheet = LocalizedText(ru: "Услуги", kk: "Қызметтер", en: "Services")
    static let title = LocalizedText(ru: "Отчёт НКО о государственном социальном заказе",
                                     kk: "ҮЕҰ-ның мемлекеттік әлеуметтік тапсырыс туралы есебі",
                                     en: "NGO report on the state social order")

    /// The header keys of contract §12, in order, with their labels.
    static let header: [(key: String, label: LocalizedText)] = [
        ("ngo.name", LocalizedText(ru: "Название НКО", kk: "ҮЕҰ атауы", en: "NGO name")),
        ("ngo.bin", LocalizedText(ru: "БИН", kk: "БСН", en: "BIN")),
        ("project", LocalizedText(ru: "Проект", kk: "Жоба", en: "Project")),
        ("contract", LocalizedText(ru: "Договор", kk: "Шарт", en: "Contract")),
        ("period.from", LocalizedText(ru: "Период: с", kk: "Кезең: басы", en: "Period from")),
        ("period.to", LocalizedText(ru: "Период: по", kk: "Кезең: соңы", en: "Period to")),
    ]

    /// The service keys of contract §12, in order, with their labels.
    static let services: [(key: String, label: LocalizedText)] = [
        ("id", LocalizedText(ru: "Код", kk: "Коды", en: "Id")),
        ("kind", LocalizedText(ru: "Вид", kk: "Түрі", en: "Kind")),
        ("form", LocalizedText(ru: "Форма", kk: "Нысаны", en: "Form")),
        ("title", LocalizedText(ru: "Тема", kk: "Тақырыбы", en: "Title")),
        ("date", LocalizedText(ru: "Дата (один день)", kk: "Күні (бір күн)", en: "Date (one day)")),
        ("dates.from", LocalizedText(ru: "С", kk: "Басы", en: "From")),
        ("dates.to", LocalizedText(ru: "По", kk: "Соңы", en: "To")),
        ("hours", LocalizedText(ru: "Часы", kk: "Сағат", en: "Hours")),
        ("participants", LocalizedText(ru: "Участники", kk: "Қатысушылар", en: "Participants")),
        ("provider.name", LocalizedText(ru: "Кто проводил", kk: "Кім өткізді", en: "Provider")),
        ("provider.experience_years", LocalizedText(ru: "Опыт, лет", kk: "Тәжірибе, жыл", en: "Experience, years")),
        ("feedback.respondents", LocalizedText(ru: "Анкет получено", kk: "Алынған сауалнама", en: "Feedback forms")),
        ("feedback.satisfied", LocalizedText(ru: "Из них удовлетворены", kk: "Оның ішінде қанағаттанған", en: "Satisfied")),
        ("success_stories", LocalizedText(ru: "Истории успеха", kk: "Табыс тарихтары", en: "Success stories")),
    ]

    /// What the comment on a `from`/`to` key adds to its range's summary.
    static let rangeEnd = (from: LocalizedText(ru: "Начало", kk: "Басы", en: "Start"),
                           to: LocalizedText(ru: "Конец", kk: "Соңы", en: "End"))
    /// What every date comment says about how to write one.
    static let dateHint = LocalizedText(ru: "Дата: ячейка даты, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
                                        kk: "Күн: күн ұяшығы, ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ",
                                        en: "A date: a date cell, YYYY-MM-DD or DD.MM.YYYY")
    /// What the BIN comment adds.
    static let binHint = LocalizedText(ru: "Храните как текст, чтобы не потерять ведущие нули",
                                       kk: "Алдыңғы нөлдер жоғалмауы үшін мәтін ретінде сақтаңыз",
                                       en: "Keep it as text so leading zeros are not lost")
    /// The note on the example row.
    static let exampleNote = LocalizedText(ru: "Пример: замените своими услугами, по одной в строке",
                                           kk: "Мысал: өз қызметтеріңізбен ауыстырыңыз, әр жолға біреуден",
                                           en: "An example: replace it with your services, one a row")
}
