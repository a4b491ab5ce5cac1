/// Templates of the documents judged by rules (`gsz init --document …`): every field the
/// rules read, a comment on each in the chosen language, and values that pass `gsz check`.
public enum DocumentTemplate {
    private typealias Line = (code: String, comment: LocalizedText?)

    /// The kinds with a template (a report's comes from `ReportTemplate`).
    public static var kinds: [DocumentKind] { [.report] + DocumentKind.allCases.filter { text(for: $0, in: .en) != nil } }

    /// The template of `kind` in `language`, or `nil` for a kind this family set has none for.
    public static func text(for kind: DocumentKind, in language: Language) -> String? {
        let lines: [Line]
        let title: TemplateWord
        switch kind {
        case .discussion:
            lines = discussion
            title = .discussionTemplate
        case .monitoring:
            lines = monitoring
            title = .monitoringTemplate
        case .competition:
            return CompetitionTemplate.text(in: language)
        case .report:
            return nil
        }
        let width = lines.map(\.code.count).max() ?? 0
        var text = "# " + title.text(in: language) + "\n"
        for line in lines {
            guard let comment = line.comment else {
                text += line.code + "\n"
                continue
            }
            text += line.code + String(repeating: " ", count: width - line.code.count + 2) + "# " + comment[language] + "\n"
        }
        return text
    }

    private static func t(_ ru: String, _ kk: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, kk: kk, en: en) }

    private static let discussion: [Line] = [
        ("discussion:", nil),
        ("  body: ГУ «Управление внутренней политики»", t("государственный орган; обязательно", "мемлекеттік орган; міндетті", "the state body; required")),
        ("  topics_year: 2027", t("год, на который планируются темы", "тақырыптар жоспарланатын жыл", "the year the topics are for")),
        ("  posted: 2026-09-01", t("темы размещены на интернет-ресурсе; обязательно", "тақырыптар интернет-ресурста орналастырылды; міндетті", "topics posted on the body's site; required")),
        ("  closed: 2026-09-15", t("конец обсуждения: не раньше 10-го рабочего дня после posted", "талқылаудың соңы: posted-тан кейінгі 10-жұмыс күнінен ерте емес", "end of the discussion: no earlier than the 10th working day after posted")),
        ("  considered: 2026-09-18", t("замечания рассмотрены: в течение 3 рабочих дней после closed", "ескертулер қаралды: closed-тан кейін 3 жұмыс күні ішінде", "comments considered: within 3 working days after closed")),
        ("  report_published: 2026-09-21", t("отчёт об обсуждении опубликован: не раньше considered", "талқылау туралы есеп жарияланды: considered-тан ерте емес", "report on the discussion published: on or after considered")),
        ("topics:", t("форма для размещения тем; хотя бы одна", "тақырыптарды орналастыру нысаны; кемінде біреу", "the form for posting topics; at least one")),
        ("  - no: 1", t("номер темы, уникальный", "тақырып нөмірі, бірегей", "the topic's number, unique")),
        ("    title: Поддержка молодёжных инициатив", t("наименование темы", "тақырып атауы", "the topic's title")),
        ("    funding: 15000", t("объём финансирования, тыс. тенге, больше 0", "қаржыландыру көлемі, мың теңге, 0-ден көп", "funding, thousands of tenge, above 0")),
        ("    justification: Опрос молодёжи, 2026 год", t("обоснование с указанием источника информации", "ақпарат көзі көрсетілген негіздеме", "justification with its source")),
        ("    target_group: Молодёжь 14–29 лет", t("целевая группа населения", "халықтың нысаналы тобы", "target group")),
        ("    expected_result: 40 молодёжных проектов", t("ожидаемый результат", "күтілетін нәтиже", "expected result")),
        ("comments:", t("форма отчёта: строка на каждое замечание", "есеп нысаны: әр ескертуге бір жол", "the report form: a row per comment")),
        ("  - topic: 1", t("номер темы", "тақырып нөмірі", "the topic's number")),
        ("    author: ОО «Голос молодёжи»", t("автор замечания", "ескерту авторы", "who made it")),
        ("    summary: Добавить волонтёрство", t("суть замечания", "ескертудің мәні", "what it proposes")),
        ("    decision: rejected", t("заключение госоргана: accepted или rejected", "мемлекеттік органның қорытындысы: accepted немесе rejected", "the body's decision: accepted or rejected")),
        ("    reason: Превышает лимит программы", t("обоснование по непринятию (для rejected)", "қабылдамау негіздемесі (rejected үшін)", "why it was not accepted (for rejected)")),
        ("totals: {accepted: 0, rejected: 1}", t("итоги: должны совпадать со строками", "қорытынды: жолдармен сәйкес болуы керек", "totals: must match the rows")),
    ]

    private static let monitoring: [Line] = [
        ("monitoring:", nil),
        ("  body: ГУ «Управление внутренней политики»", t("государственный орган", "мемлекеттік орган", "the state body")),
        ("  as_of: 2026-12-01", t("дата, на которую проверяется журнал; обязательно", "журнал тексерілетін күн; міндетті", "the day the log is judged on; required")),
        ("projects:", t("социальные проекты под мониторингом", "мониторингтегі әлеуметтік жобалар", "the social projects monitored")),
        ("  - id: P1", t("код проекта, уникальный; обязательно", "жоба коды, бірегей; міндетті", "the project's id, unique; required")),
        ("    title: Школа гражданской активности", t("наименование проекта", "жоба атауы", "the project's title")),
        ("    ngo: {name: ОФ «Болашақ», bin: \"180540012343\"}", t("НПО-исполнитель; БИН в кавычках", "орындаушы ҮЕҰ; БСН тырнақшада", "the NGO; the BIN in quotes")),
        ("    period: {from: 2026-02-01, to: 2026-11-30}", t("срок реализации; обязательно", "іске асыру мерзімі; міндетті", "the project's term; required")),
        ("    visits: [2026-03-15, 2026-05-20, 2026-08-10]", t("дни мониторинга: не реже раза в квартал", "мониторинг күндері: тоқсанына кемінде бір рет", "days monitored: at least once a quarter")),
        ("reports:", t("отчёты в уполномоченный орган: к 5 июня и 5 декабря", "уәкілетті органға есептер: 5 маусымға және 5 желтоқсанға дейін", "reports to the authorized body: by 5 June and 5 December")),
        ("  - {half: 1, year: 2026, submitted: 2026-06-04}", t("полугодие (1 или 2), год, дата представления", "жартыжылдық (1 немесе 2), жыл, ұсынылған күн", "half (1 or 2), year, day submitted")),
    ]
}
