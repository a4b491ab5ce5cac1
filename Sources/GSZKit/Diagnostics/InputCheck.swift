/// One check gsz makes on a report's input, named by the `Message.id` its diagnostics carry.
///
/// The list exists for formats that must name every rule before the first file is read
/// (SARIF's `tool.driver.rules`); a diagnostic whose id is missing here is still reported,
/// only without its rule's description. The summaries are English, like the ids; the
/// diagnostics themselves are in the reader's language.
public struct InputCheck: Sendable, Hashable {
    /// The `Message.id` of the diagnostics this check emits.
    public let id: String
    /// Whether the check's diagnostics are errors (the file's verdict is `error`) or warnings.
    public let severity: Diagnostic.Severity
    /// One sentence on what the check finds.
    public let summary: String

    init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// Every check on reports, errors first, in the order the README lists them.
    public static let all: [InputCheck] = [
        InputCheck("no_such_file", .error, "The path names no file."),
        InputCheck("unreadable_file", .error, "The file exists but cannot be read."),
        InputCheck("not_a_regular_file", .error, "The path is a FIFO, a device or a socket, not a file."),
        InputCheck("invalid_utf8", .error, "The file is not valid UTF-8."),
        InputCheck("not_utf8", .error, "The file is UTF-16 or UTF-32, not UTF-8."),
        InputCheck("control_character", .error, "The file holds a control character YAML does not allow."),
        InputCheck("unpaired_surrogate", .error, "An escape of half a UTF-16 surrogate pair without its other half."),
        InputCheck("yaml_syntax", .error, "The file is not well-formed YAML."),
        InputCheck("empty", .error, "The file holds no document."),
        InputCheck("multiple_documents", .error, "The file holds more than one YAML document."),
        InputCheck("duplicate_key", .error, "A mapping gives the same key twice."),
        InputCheck("unsupported_tag", .error, "A YAML tag gsz does not read."),
        InputCheck("tag_mismatch", .error, "A YAML tag that contradicts the value it is on or the field it is in."),
        InputCheck("undefined_alias", .error, "An alias names no anchor defined before it."),
        InputCheck("too_large", .error, "The file is larger than gsz reads."),
        InputCheck("too_deep", .error, "The document nests deeper than gsz reads."),
        InputCheck("alias_budget", .error, "Aliases bring in more nodes than gsz allows (an alias bomb)."),
        InputCheck("too_many_nodes", .error, "The document has more nodes than gsz reads."),
        InputCheck("unknown_document", .error, "The top of the file names no kind of document gsz reads."),
        InputCheck("two_documents", .error, "The top of the file names two kinds of document."),
        InputCheck("root_not_mapping", .error, "The top of the document is not a mapping."),
        InputCheck("missing_field", .error, "A required field is absent."),
        InputCheck("wrong_type", .error, "A value of the wrong type (text where a number is needed…)."),
        InputCheck("key_not_text", .error, "A key that is a list or a mapping."),
        InputCheck("empty_text", .error, "A text that must not be empty is empty."),
        InputCheck("negative_value", .error, "A count or amount below zero."),
        InputCheck("not_positive", .error, "An amount that must be above zero is not."),
        InputCheck("number_too_large", .error, "A whole number too large to hold."),
        InputCheck("malformed_date", .error, "A date not written YYYY-MM-DD."),
        InputCheck("nonexistent_date", .error, "A date that is not on the calendar."),
        InputCheck("from_after_to", .error, "A range whose start is after its end."),
        InputCheck("date_and_dates", .error, "A service gives both date and dates."),
        InputCheck("missing_dates", .error, "A service gives neither date nor dates."),
        InputCheck("count_exceeds", .error, "A count above one it cannot exceed (satisfied > respondents > participants)."),
        InputCheck("unknown_kind", .error, "A service kind the standard does not know."),
        InputCheck("unknown_form", .error, "A service form the standard does not know."),
        InputCheck("form_required", .error, "A service of a kind with forms gives no form."),
        InputCheck("duplicate_service_id", .error, "A service id used twice in one report."),
        InputCheck("no_services", .error, "The report lists no services."),
        InputCheck("bin_length", .error, "A BIN that is not 12 digits."),
        InputCheck("bin_check_digit", .error, "A BIN whose check digit does not match."),
        InputCheck("calendar_not_covered", .error, "A working-day count needs a year the calendar does not cover."),
        InputCheck("provisional_calendar", .warning, "A working-day count used a year whose calendar is provisional."),
        InputCheck("duplicate_id", .error, "A topic number or project id used twice in one document."),
        InputCheck("empty_list", .error, "A list that must hold at least one item (topics) is empty."),
        InputCheck("unknown_topic", .error, "A comment names a topic the discussion does not list."),
        InputCheck("unknown_decision", .error, "A comment's decision is neither accepted nor rejected."),
        InputCheck("unknown_half", .error, "A monitoring report's half is neither 1 nor 2."),
        InputCheck("too_many_quarters", .error, "A monitoring log holds more project quarters to judge than gsz judges in one file."),
        InputCheck("rules_missing", .error, "The standard has no deadlines for this kind of document."),
        InputCheck("unknown_key", .warning, "A key the report format does not know (a typo such as participans)."),
        InputCheck("outside_period", .warning, "A service date outside the report's period."),
        InputCheck("form_not_used", .warning, "A form given for a kind that has none."),
        InputCheck("field_not_for_kind", .warning, "A field the standard declares for other kinds of service."),
        InputCheck("more_not_shown", .warning, "More errors or warnings than one file shows: the first 100 of each, then their count."),
        InputCheck("visit_outside_period", .warning, "A monitoring visit outside its project's period."),
    ] + CompetitionProblem.checks + WorkbookProblem.checks
}
