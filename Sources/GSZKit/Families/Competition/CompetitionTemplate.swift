/// `gsz init --document competition`: a competition file to fill in, every field of
/// contract §10 with a comment, and values that pass `gsz check` as they are.
public enum CompetitionTemplate {
    /// The template with its comments in `language`.
    public static func text(in language: Language) -> String {
        let c = { (ru: String, kk: String, en: String) in "# " + LocalizedText(ru: ru, kk: kk, en: en)[language] }
        return """
            # yaml-language-server: $schema=competition.schema.json
            \(c("Грантовый конкурс: замените примерные значения своими и проверьте: gsz check конкурс.yaml",
                "Гранттық конкурс: үлгі мәндерді өзіңіздікімен алмастырып, тексеріңіз: gsz check konkurs.yaml",
                "A grant competition: replace the sample values with your own, then run gsz check on the file"))
            competition:
              operator: НАО «Центр поддержки гражданских инициатив»
              budget_approved: 2026-01-10    \(c("утверждён бюджет", "бюджет бекітілді", "the budget approved"))
              plan_approved: 2026-02-05      \(c("План грантов: в течение 20 рабочих дней", "гранттар Жоспары: 20 жұмыс күні ішінде", "the Plan: within 20 working days"))
              announcement:
                published: 2026-02-20
                deadline: "2026-03-20 18:00" \(c("окончание приёма: дата и время (Астана)", "қабылдаудың аяқталуы: күні мен уақыты (Астана)", "applications close: date and time (Astana)"))
                documents: [заявка, устав, смета]
                project_terms: {from: 2026-05-01, to: 2026-12-15}
              experts_notified: 2026-03-24   \(c("в течение 3 рабочих дней после окончания приёма", "қабылдау аяқталғаннан кейін 3 жұмыс күні ішінде", "within 3 working days of the deadline"))
              evaluation: {from: 2026-03-30, to: 2026-04-17}   \(c("не более 15 рабочих дней", "15 жұмыс күнінен аспайды", "at most 15 working days"))
              topics:
                - {id: T1, title: Поддержка волонтёрства}
            \(c("Комиссия: до 15 человек; председатель, заместитель, члены (нечётное число) и секретарь;",
                "Комиссия: 15 адамға дейін; төраға, орынбасар, мүшелер (тақ сан) және хатшы;",
                "The commission: at most 15 people; a chair, a deputy, members (an odd number) and a secretary;"))
            \(c("не более 30% членов предложены оператором; работники оператора — не члены (секретарь может быть).",
                "мүшелердің 30%-дан аспайтыны оператор ұсынған; оператор қызметкерлері мүше емес (хатшы бола алады).",
                "at most 30% of the members proposed by the operator; no member works for the operator (the secretary may)."))
            commission:
              - {name: Иванова А., role: chair, proposed_by: ngo, operator_staff: false}
              - {name: Серікбаев Н., role: deputy, proposed_by: ngo, operator_staff: false}
              - {name: Ким В., role: member, proposed_by: operator, operator_staff: false, conflicts: [A2]}
              - {name: Петров С., role: member, proposed_by: ngo, operator_staff: false}
              - {name: Жумабаева Г., role: member, proposed_by: ngo, operator_staff: false}
              - {name: Смагулова Р., role: secretary, operator_staff: true}
            applications:
              - id: A1
                topic: T1
                ngo: {name: ОФ «Болашақ», bin: "180540012343"}
                submitted: "2026-03-19 16:40"
                languages: [kk, ru]          \(c("казахский и (или) русский", "қазақ және (немесе) орыс тілі", "Kazakh and/or Russian"))
                in_ngo_database: true
                admitted: true
                scores:                      \(c("баллы: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5", "баллдар: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5", "scores: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5"))
                  - {member: Иванова А., capacity: 4, staff: 3, focus: 6, results: 4, budget: 5}
                  - {member: Серікбаев Н., capacity: 4, staff: 2, focus: 6, results: 4, budget: 4}
                  - {member: Ким В., capacity: 5, staff: 2, focus: 6, results: 4, budget: 4}
              - id: A2
                topic: T1
                ngo: {name: ОО «Жастар үні», bin: "940140000385"}
                submitted: "2026-03-20 11:05"
                languages: [ru]
                in_ngo_database: true
                admitted: true
                scores:
                  - {member: Иванова А., capacity: 3, staff: 2, focus: 5, results: 3, budget: 3}
                  - {member: Серікбаев Н., capacity: 3, staff: 2, focus: 4, results: 3, budget: 4}

            """
    }
}
