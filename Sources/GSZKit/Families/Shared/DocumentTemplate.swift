/// Templates of the documents judged by rules (`gsz init --document …`): every field the
/// rules read, a comment on each in the chosen language, and values that pass `gsz check`.
public enum DocumentTemplate {
    private typealias Line = (code: String, comment: TemplateComment?)

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
            text += line.code + String(repeating: " ", count: width - line.code.count + 2) + "# " + comment.text(in: language) + "\n"
        }
        return text
    }

    private static let discussion: [Line] = [
        ("discussion:", nil),
        ("  body: ГУ «Управление внутренней политики»", .discussionBody),
        ("  topics_year: 2027", .topicsYear),
        ("  posted: 2026-09-01", .posted),
        ("  closed: 2026-09-15", .closed),
        ("  considered: 2026-09-18", .considered),
        ("  report_published: 2026-09-21", .reportPublished),
        ("topics:", .topics),
        ("  - no: 1", .topicNumber),
        ("    title: Поддержка молодёжных инициатив", .topicTitle),
        ("    funding: 15000", .funding),
        ("    justification: Опрос молодёжи, 2026 год", .justification),
        ("    target_group: Молодёжь 14–29 лет", .targetGroup),
        ("    expected_result: 40 молодёжных проектов", .expectedResult),
        ("comments:", .comments),
        ("  - topic: 1", .commentTopic),
        ("    author: ОО «Голос молодёжи»", .author),
        ("    summary: Добавить волонтёрство", .summary),
        ("    decision: rejected", .decision),
        ("    reason: Превышает лимит программы", .reason),
        ("totals: {accepted: 0, rejected: 1}", .totals),
    ]

    private static let monitoring: [Line] = [
        ("monitoring:", nil),
        ("  body: ГУ «Управление внутренней политики»", .monitoringBody),
        ("  as_of: 2026-12-01", .asOf),
        ("projects:", .projects),
        ("  - id: P1", .projectID),
        ("    title: Школа гражданской активности", .projectTitle),
        ("    ngo: {name: ОФ «Болашақ», bin: \"180540012343\"}", .ngo),
        ("    period: {from: 2026-02-01, to: 2026-11-30}", .period),
        ("    visits: [2026-03-15, 2026-05-20, 2026-08-10]", .visits),
        ("reports:", .reports),
        ("  - {half: 1, year: 2026, submitted: 2026-06-04}", .report),
    ]
}
