/// `gsz init --document competition`: a competition file to fill in, every field of
/// contract §10 with a comment, and values that pass `gsz check` as they are.
public enum CompetitionTemplate {
    /// The template with its comments in `language`.
    public static func text(in language: Language) -> String {
        let c = { (word: CompetitionFileWord) in "# " + language.catalogue.competitionFileWord(word) }
        return """
            # yaml-language-server: $schema=competition.schema.json
            \(c(.templateHeading))
            competition:
              operator: НАО «Центр поддержки гражданских инициатив»
              budget_approved: 2026-01-10    \(c(.budgetApproved))
              plan_approved: 2026-02-05      \(c(.planDeadline))
              announcement:
                published: 2026-02-20
                deadline: "2026-03-20 18:00" \(c(.deadlineComment))
                documents: [заявка, устав, смета]
                project_terms: {from: 2026-05-01, to: 2026-12-15}
              experts_notified: 2026-03-24   \(c(.expertsDeadline))
              evaluation: {from: 2026-03-30, to: 2026-04-17}   \(c(.evaluationLimit))
              topics:
                - {id: T1, title: Поддержка волонтёрства}
            \(c(.commissionComposition))
            \(c(.commissionProposers))
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
                languages: [kk, ru]          \(c(.languagesAllowed))
                in_ngo_database: true
                admitted: true
                scores:                      \(c(.scoreRanges))
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
