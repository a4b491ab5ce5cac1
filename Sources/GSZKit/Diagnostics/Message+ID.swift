public import GSZYAML

extension Message {
    /// A stable English id for machine formats and rule lists (`duplicate_key`, `bin_check_digit`).
    public var id: String {
        switch self {
        case .noSuchFile: "no_such_file"
        case .unreadable: "unreadable_file"
        case .notARegularFile: "not_a_regular_file"
        case .yaml(let kind): kind.id
        case .workbook(let problem): problem.id
        case .unknownDocument: "unknown_document"
        case .twoDocuments: "two_documents"
        case .rootNotMapping: "root_not_mapping"
        case .missingField: "missing_field"
        case .wrongType: "wrong_type"
        case .tagNotForField: "tag_mismatch"
        case .keyNotText: "key_not_text"
        case .unknownKey: "unknown_key"
        case .emptyText: "empty_text"
        case .negative: "negative_value"
        case .notPositive: "not_positive"
        case .numberTooLarge: "number_too_large"
        case .malformedDate: "malformed_date"
        case .nonexistentDate: "nonexistent_date"
        case .reversedDates: "from_after_to"
        case .dateAndDates: "date_and_dates"
        case .missingDates: "missing_dates"
        case .exceeds: "count_exceeds"
        case .unknownValue(let field, _, _, _): Self.unknownValueID(field: field)
        case .formRequired: "form_required"
        case .formNotUsed: "form_not_used"
        case .fieldNotForKind: "field_not_for_kind"
        case .duplicateServiceID: "duplicate_service_id"
        case .noServices: "no_services"
        case .binLength: "bin_length"
        case .binCheckDigit: "bin_check_digit"
        case .outsidePeriod: "outside_period"
        case .calendarNotCovered: "calendar_not_covered"
        case .provisionalCalendar: "provisional_calendar"
        case .duplicateItem: "duplicate_id"
        case .emptyList: "empty_list"
        case .tooManyQuarters: "too_many_quarters"
        case .visitOutsidePeriod: "visit_outside_period"
        case .rulesMissing: "rules_missing"
        case .hint: "hint"
        case .throughAlias: "through_alias"
        case .standard(let problem): "standard_" + problem.id
        case .competition(let problem): problem.id
        case .noReportsFound: "no_reports_found"
        case .spreadsheetsPassedOver: "spreadsheets_passed_over"
        case .standardUnusable: "standard_unusable"
        case .binaryToTerminal: "binary_to_terminal"
        case .cannotWrite: "cannot_write"
        case .outputExists: "output_exists"
        case .outputIsInput: "output_is_input"
        case .outputTwice: "output_twice"
        case .moreNotShown: "more_not_shown"
        case .serverMissing: "server_missing"
        case .kindWithoutForms: "kind_without_forms"
        }
    }
}

extension Message {
    /// The id of a value outside its closed set, from the field's name, never from the
    /// value: each of the fields gsz reads a closed set from has an id of its own.
    private static func unknownValueID(field: String) -> String {
        if field.hasPrefix("expect.indicators.") { return "unknown_level" }
        switch field.split(separator: ".").last {
        case "kind"?: return "unknown_kind"
        case "form"?: return "unknown_form"
        case "check"?: return "unknown_check"
        case "unit"?: return "unknown_unit"
        case "verdict"?: return "unknown_verdict"
        case "topic"?: return "unknown_topic"
        case "decision"?: return "unknown_decision"
        case "half"?: return "unknown_half"
        case "role"?: return "unknown_role"
        case "proposed_by"?: return "unknown_proposed_by"
        default: return "unknown_value"
        }
    }
}

extension YAMLError.Kind {
    /// A stable English id.
    public var id: String {
        switch self {
        case .invalidUTF8: "invalid_utf8"
        case .notUTF8Encoding: "not_utf8"
        case .controlCharacter: "control_character"
        case .unpairedSurrogate: "unpaired_surrogate"
        case .syntax: "yaml_syntax"
        case .empty: "empty"
        case .multipleDocuments: "multiple_documents"
        case .duplicateKey: "duplicate_key"
        case .unsupportedTag: "unsupported_tag"
        case .tagMismatch: "tag_mismatch"
        case .undefinedAlias: "undefined_alias"
        case .tooLarge: "too_large"
        case .tooDeep: "too_deep"
        case .tooManyAliasedNodes: "alias_budget"
        case .tooManyNodes: "too_many_nodes"
        }
    }
}

extension StandardProblem {
    /// A stable English id.
    public var id: String {
        switch self {
        case .noFiles: "no_files"
        case .unknownFileRole: "unknown_file_role"
        case .noHeader: "no_header"
        case .secondHeader: "second_header"
        case .duplicateID: "duplicate_id"
        case .undefinedKind: "undefined_kind"
        case .undefinedForm: "undefined_form"
        case .undefinedIndicator: "undefined_indicator"
        case .indicatorNotInTable: "indicator_not_in_table"
        case .formInTwoRows: "form_in_two_rows"
        case .kindInTwoRows: "kind_in_two_rows"
        case .rowWithoutForms: "row_without_forms"
        case .missingTranslation: "missing_translation"
        case .minimalAboveMaximal: "minimal_above_maximal"
        case .overlappingLevels: "overlapping_levels"
        case .gappedLevels: "gapped_levels"
        case .reversedRange: "reversed_range"
        case .checkMismatch: "check_mismatch"
        case .unitMismatch: "unit_mismatch"
        case .unknownComputation: "unknown_computation"
        case .unknownInput: "unknown_input"
        case .unknownCheckField: "unknown_check_field"
        case .inputCount: "input_count"
        case .missingCell: "missing_cell"
        case .thresholdsInTwoTables: "thresholds_in_two_tables"
        case .thresholdOutOfRange: "threshold_out_of_range"
        case .exampleExpectsNothing: "example_expects_nothing"
        case .exampleVerdict: "example_verdict"
        case .exampleLevel: "example_level"
        case .exampleInvalid: "example_invalid"
        case .dateOutsideYear: "date_outside_year"
        case .transferDay: "transfer_day"
        case .calendarExample: "calendar_example"
        }
    }
}
