/// The comments of the competition template and the descriptions of its schema, in English.
extension EnglishCatalogue {
    func competitionFileWord(_ word: CompetitionFileWord) -> String {
        switch word {
        case .templateHeading: "A grant competition: replace the sample values with your own, then run gsz check on the file"
        case .budgetApproved: "the budget approved"
        case .planDeadline: "the Plan: within 20 working days"
        case .deadlineComment: "applications close: date and time (Astana)"
        case .expertsDeadline: "within 3 working days of the deadline"
        case .evaluationLimit: "at most 15 working days"
        case .commissionComposition: "The commission: at most 15 people; a chair, a deputy, members (an odd number) and a secretary;"
        case .commissionProposers: "at most 30% of the members proposed by the operator; no member works for the operator (the secretary may)."
        case .languagesAllowed: "Kazakh and/or Russian"
        case .scoreRanges: "scores: capacity 1–5, staff 1–3, focus 1–7, results 1–5, budget 1–5"
        case .published: "published"
        case .deadline: "applications close: YYYY-MM-DD HH:MM (Astana time)"
        case .documents: "the documents required"
        case .projectTerms: "the project terms"
        case .operatorName: "the operator"
        case .planApproved: "the Plan of grants approved"
        case .expertsNotified: "the applicant list and conflict-of-interest form sent to the experts"
        case .evaluation: "the commission's evaluation"
        case .operatorStaff: "an employee of the operator"
        case .conflicts: "applications with a declared conflict of interest"
        case .languages: "the application's languages (kk, ru)"
        case .inNGODatabase: "the NGO is in the Database of NGOs"
        case .admitted: "admitted by the operator"
        case .title: "Grant competition"
        }
    }
}
