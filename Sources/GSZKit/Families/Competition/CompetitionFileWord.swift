/// A comment of the competition template (`gsz init --document competition`) or a
/// description of its schema (`gsz schema --document competition`); each catalogue words it.
enum CompetitionFileWord: CaseIterable, Sendable {
    /// The template's first comment: what the file is and how to check it.
    case templateHeading
    /// `budget_approved`, in the template and the schema.
    case budgetApproved
    /// The template's `plan_approved`: the Plan's deadline.
    case planDeadline
    /// The template's `announcement.deadline`: a date and a time.
    case deadlineComment
    /// The template's `experts_notified`: its deadline.
    case expertsDeadline
    /// The template's `evaluation`: how long it may take.
    case evaluationLimit
    /// The template's comment over the commission: its size and roles.
    case commissionComposition
    /// The template's comment over the commission: who may be proposed and who may sit.
    case commissionProposers
    /// The template's `languages`: which are allowed.
    case languagesAllowed
    /// The template's `scores`: the criteria's ranges.
    case scoreRanges
    /// The schema's `announcement.published`.
    case published
    /// The schema's `announcement.deadline`: its format.
    case deadline
    /// The schema's `announcement.documents`.
    case documents
    /// The schema's `announcement.project_terms`.
    case projectTerms
    /// The schema's `operator`.
    case operatorName
    /// The schema's `plan_approved`.
    case planApproved
    /// The schema's `experts_notified`.
    case expertsNotified
    /// The schema's `evaluation`.
    case evaluation
    /// The schema's `operator_staff` of a member.
    case operatorStaff
    /// The schema's `conflicts` of a member.
    case conflicts
    /// The schema's `languages` of an application.
    case languages
    /// The schema's `in_ngo_database` of an application.
    case inNGODatabase
    /// The schema's `admitted` of an application.
    case admitted
    /// The schema's title.
    case title
}
