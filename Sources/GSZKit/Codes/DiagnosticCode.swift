/// Every code an error or warning on an input file carries, the list `docs/codes.md` and
/// `gsz explain` are written from: a code that lacks its entry here fails the tests, and an
/// entry without its wording in each language does not compile.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    case noSuchFile = "no_such_file"
    case unreadableFile = "unreadable_file"
    case notARegularFile = "not_a_regular_file"
    case invalidUTF8 = "invalid_utf8"
    case notUTF8 = "not_utf8"
    case controlCharacter = "control_character"
    case unpairedSurrogate = "unpaired_surrogate"
    case yamlSyntax = "yaml_syntax"
    case empty
    case multipleDocuments = "multiple_documents"
    case duplicateKey = "duplicate_key"
    case unsupportedTag = "unsupported_tag"
    case tagMismatch = "tag_mismatch"
    case undefinedAlias = "undefined_alias"
    case tooLarge = "too_large"
    case tooDeep = "too_deep"
    case aliasBudget = "alias_budget"
    case tooManyNodes = "too_many_nodes"
    case unknownDocument = "unknown_document"
    case twoDocuments = "two_documents"
    case rootNotMapping = "root_not_mapping"
    case missingField = "missing_field"
    case wrongType = "wrong_type"
    case keyNotText = "key_not_text"
    case emptyText = "empty_text"
    case negativeValue = "negative_value"
    case notPositive = "not_positive"
    case numberTooLarge = "number_too_large"
    case malformedDate = "malformed_date"
    case nonexistentDate = "nonexistent_date"
    case fromAfterTo = "from_after_to"
    case dateAndDates = "date_and_dates"
    case missingDates = "missing_dates"
    case countExceeds = "count_exceeds"
    case unknownKind = "unknown_kind"
    case unknownForm = "unknown_form"
    case formRequired = "form_required"
    case duplicateServiceID = "duplicate_service_id"
    case noServices = "no_services"
    case binLength = "bin_length"
    case binCheckDigit = "bin_check_digit"
    case unknownKey = "unknown_key"
    case outsidePeriod = "outside_period"
    case formNotUsed = "form_not_used"
    case fieldNotForKind = "field_not_for_kind"
    case calendarNotCovered = "calendar_not_covered"
    case provisionalCalendar = "provisional_calendar"
    case duplicateID = "duplicate_id"
    case emptyList = "empty_list"
    case unknownTopic = "unknown_topic"
    case unknownDecision = "unknown_decision"
    case unknownHalf = "unknown_half"
    case tooManyQuarters = "too_many_quarters"
    case rulesMissing = "rules_missing"
    case visitOutsidePeriod = "visit_outside_period"
    case malformedDateTime = "malformed_date_time"
    case unknownMember = "unknown_member"
    case unknownApplication = "unknown_application"
    case unknownRole = "unknown_role"
    case unknownProposedBy = "unknown_proposed_by"
    case noTopics = "no_topics"
    case tieForFirst = "tie_for_first"
    case moreNotShown = "more_not_shown"
    case workbookNotAWorkbook = "workbook_not_a_workbook"
    case workbookEncrypted = "workbook_encrypted"
    case workbookDamaged = "workbook_damaged"
    case workbookZipBomb = "workbook_zip_bomb"
    case workbookXML = "workbook_xml"
    case workbookDoctype = "workbook_doctype"
    case workbookTooLarge = "workbook_too_large"
    case workbookNoReportSheet = "workbook_no_report_sheet"
    case workbookSecondSheet = "workbook_second_sheet"
    case workbookDuplicateKey = "workbook_duplicate_key"
    case workbookFormulaWithoutValue = "workbook_formula_without_value"
    case workbookKeyNotText = "workbook_key_not_text"
    case workbookBinAsNumber = "workbook_bin_as_number"

    /// The page every code is documented on; SARIF rules link to `#code` on it.
    /// Relative to the repository: gsz has no public address of its own to point at, and a
    /// made-up one would send people nowhere.
    public static let page = "docs/codes.md"

    /// The code spelled most like `text`, for "did you mean".
    public static func closest(to text: String) -> String? {
        Suggestion.closest(to: text, among: allCases.map(\.rawValue))
    }

    /// The code's anchor on `page`.
    var helpURI: String { Self.page + "#" + rawValue }

    /// Error (the file's verdict is `error`) or warning, as the check reports it.
    public var severity: Diagnostic.Severity {
        InputCheck.all.first { $0.id == rawValue }?.severity ?? .error
    }

    /// What the code means and how to fix it, in `language`.
    public func explanation(in language: Language) -> (meaning: String, fix: String) {
        language.catalogue.explanation(self)
    }
}
