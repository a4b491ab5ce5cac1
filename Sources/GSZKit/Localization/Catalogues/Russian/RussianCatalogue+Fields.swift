/// What the fields of documents hold, in Russian: the report's own fields' summaries, the
/// comments of the discussion's and monitoring log's templates and their schemas' descriptions.
extension RussianCatalogue {
    func coreFieldSummary(_ field: CoreFieldSummary) -> String {
        switch field {
        case .id: "Идентификатор услуги, уникальный в отчёте"
        case .kind: "Вид услуги: training, consulting, information, research, events, civic_center"
        case .form: "Форма обучающей услуги (обязательна для training): seminar, training, master_class, lecture, webinar, video_lesson, course, internship"
        case .title: "Тема или название"
        case .dates: "Даты проведения: с (from) по (to) включительно; для одного дня можно указать date"
        case .date: "Дата однодневной услуги (вместо dates)"
        case .ngoName: "Наименование НПО"
        case .bin: "БИН: 12 цифр с верным контрольным разрядом"
        case .ngo: "Неправительственная организация — поставщик услуг"
        case .project: "Название социального проекта"
        case .contract: "Номер договора ГСЗ"
        case .period: "Отчётный период: с (from) по (to)"
        case .report: "О ком и за какой период отчёт"
        case .services: "Оказанные услуги, хотя бы одна"
        }
    }

    func templateComment(_ comment: TemplateComment) -> String {
        switch comment {
        case .discussionBody: "государственный орган; обязательно"
        case .topicsYear: "год, на который планируются темы"
        case .posted: "темы размещены на интернет-ресурсе; обязательно"
        case .closed: "конец обсуждения: не раньше 10-го рабочего дня после posted"
        case .considered: "замечания рассмотрены: в течение 3 рабочих дней после closed"
        case .reportPublished: "отчёт об обсуждении опубликован: не раньше considered"
        case .topics: "форма для размещения тем; хотя бы одна"
        case .topicNumber: "номер темы, уникальный"
        case .topicTitle: "наименование темы"
        case .funding: "объём финансирования, тыс. тенге, больше 0"
        case .justification: "обоснование с указанием источника информации"
        case .targetGroup: "целевая группа населения"
        case .expectedResult: "ожидаемый результат"
        case .comments: "форма отчёта: строка на каждое замечание"
        case .commentTopic: "номер темы"
        case .author: "автор замечания"
        case .summary: "суть замечания"
        case .decision: "заключение госоргана: accepted или rejected"
        case .reason: "обоснование по непринятию (для rejected)"
        case .totals: "итоги: должны совпадать со строками"
        case .monitoringBody: "государственный орган"
        case .asOf: "дата, на которую проверяется журнал; обязательно"
        case .projects: "социальные проекты под мониторингом"
        case .projectID: "код проекта, уникальный; обязательно"
        case .projectTitle: "наименование проекта"
        case .ngo: "НПО-исполнитель; БИН в кавычках"
        case .period: "срок реализации; обязательно"
        case .visits: "дни мониторинга: не реже раза в квартал"
        case .reports: "отчёты в уполномоченный орган: к 5 июня и 5 декабря"
        case .report: "полугодие (1 или 2), год, дата представления"
        }
    }

    func schemaDescription(_ description: SchemaDescription) -> String {
        switch description {
        case .discussionBody: "государственный орган"
        case .topicsYear: "год, на который планируются темы"
        case .posted: "темы размещены на интернет-ресурсе"
        case .closed: "конец обсуждения"
        case .considered: "замечания рассмотрены"
        case .reportPublished: "отчёт об обсуждении опубликован"
        case .topicNumber: "номер темы"
        case .topicTitle: "наименование темы"
        case .funding: "финансирование, тыс. тенге"
        case .justification: "обоснование с источником"
        case .targetGroup: "целевая группа населения"
        case .expectedResult: "ожидаемый результат"
        case .author: "автор"
        case .summary: "суть замечания"
        case .decision: "заключение госоргана"
        case .reason: "обоснование по непринятию"
        case .projectID: "код проекта"
        case .projectTitle: "наименование проекта"
        case .bin: "БИН в кавычках"
        case .period: "срок реализации"
        case .visits: "дни мониторинга"
        case .half: "полугодие"
        case .submitted: "дата представления"
        case .monitoringBody: "государственный орган"
        case .asOf: "дата, на которую проверяется журнал"
        }
    }
}
