public import GSZYAML

/// Everything gsz says to people, as data: one case per sentence, its values attached.
///
/// The wording lives in each language's catalogue (`Localization/Catalogues/<Language>/`,
/// `Message+<Language>.swift`), each an exhaustive `switch`, so a message cannot exist in one
/// language and not another. `id` is the stable English name machine formats carry.
public enum Message: Hashable, Sendable {
    // MARK: Files
    /// The path names nothing.
    case noSuchFile
    /// The file exists but cannot be read, for `reason`.
    case unreadable(reason: SystemReason)
    /// The path is a FIFO, a device or a socket, not a file to read.
    case notARegularFile
    /// The bytes are not one well-formed, bounded YAML document.
    case yaml(YAMLError.Kind)
    /// A problem only a report kept as a workbook can have.
    case workbook(WorkbookProblem)

    // MARK: Document structure
    /// The root mapping holds none of the keys that say what kind of document a file is
    /// (`found`: its first keys; `known`: the document keys gsz reads).
    case unknownDocument(found: [String], known: [String])
    /// The root mapping holds the keys of two kinds of document; a file is one document.
    case twoDocuments(first: String, second: String)

    // MARK: Report structure
    /// The top of the document is a list or a scalar.
    case rootNotMapping
    /// A required field is absent (or null).
    case missingField(field: String)
    /// A value of the wrong kind.
    case wrongType(field: String, expected: ValueKind, found: FoundValue)
    /// A core tag (`tag`, as written) on a value of a field that takes another kind (`!!float 12` for a count).
    case tagNotForField(field: String, tag: String, expected: ValueKind)
    /// A key that is not text (a list or mapping used as a key).
    case keyNotText
    /// A key the format does not know, with the closest known one.
    case unknownKey(key: String, suggestion: String?)
    /// A text that must not be empty is empty.
    case emptyText(field: String)
    /// A count or amount below zero.
    case negative(field: String, value: String)
    /// An amount that must be above zero is not.
    case notPositive(field: String, value: String)
    /// A whole number too large to hold.
    case numberTooLarge(field: String)
    /// Not a date written `YYYY-MM-DD`.
    case malformedDate(field: String, text: String)
    /// A well-formed date that is not on the calendar (2026-02-30).
    case nonexistentDate(field: String, text: String)
    /// A range whose `from` is after its `to`.
    case reversedDates(field: String, from: String, to: String)
    /// Both `date` and `dates` given for one service.
    case dateAndDates
    /// Neither `date` nor `dates` given for a service.
    case missingDates
    /// One count above another it cannot exceed (satisfied > respondents).
    case exceeds(field: String, value: Int, limitField: String, limit: Int)
    /// A value outside a closed set (kind, form), with the valid ones and the closest.
    case unknownValue(field: String, value: String, known: [String], suggestion: String?)
    /// A service of a kind with forms gives none.
    case formRequired(kind: String, known: [String])
    /// A service gives a form for a kind that has none.
    case formNotUsed(kind: String)
    /// A field the standard declares for `kinds` only, given for a service of `kind`; ignored.
    case fieldNotForKind(field: String, kind: String, kinds: [String])
    /// A service id used before in the same report.
    case duplicateServiceID(id: String, first: SourceLocation)
    /// `services` is an empty list.
    case noServices
    /// A BIN that is not 12 digits.
    case binLength(bin: String)
    /// A BIN whose check digit does not match.
    case binCheckDigit(bin: String)
    /// A service date outside `report.period`.
    case outsidePeriod(field: String, date: String, from: String, to: String)
    /// A working-day count from the date in `field` needs `year`, which the calendar does not cover.
    case calendarNotCovered(field: String, year: Int)
    /// A working-day count used the calendar of `year`, which the standard marks provisional
    /// (its holidays and transfers are not yet final): a warning, once per year and file.
    case provisionalCalendar(field: String, year: Int)
    /// An id (a topic's `no`, a project's `id`) used before in the same document.
    case duplicateItem(field: String, id: String, first: SourceLocation)
    /// A monitoring log whose projects' terms hold more quarters to judge than gsz judges in one file.
    case tooManyQuarters(limit: Int)
    /// A list that must hold at least one item is empty.
    case emptyList(field: String)
    /// A monitoring visit outside its project's period.
    case visitOutsidePeriod(project: String, date: String, from: String, to: String)
    /// The standard has no `key` file with the deadlines `document` documents are checked by.
    case rulesMissing(document: String, key: String)

    // MARK: Indicators
    /// What an indicator's result means and what would improve it.
    case hint(Hint)

    // MARK: Notes
    /// The place is an alias; what it repeats is written on line `written`, under the anchor
    /// on line `anchor`.
    case throughAlias(written: Int, anchor: Int)

    // MARK: Competitions
    /// A problem particular to competition files.
    case competition(CompetitionProblem)

    // MARK: Standard files
    /// A problem in a standard file.
    case standard(StandardProblem)

    // MARK: The command
    /// The paths named no report files; `extensions` are the ones a folder walk picks up.
    case noReportsFound(paths: [String], extensions: [String])
    /// A folder walk passed over these spreadsheets, in formats gsz does not read (`.ods`, `.xls`);
    /// `more` others past the ones named.
    case spreadsheetsPassedOver(paths: [String], more: Int)
    /// The standard (a folder, or the built-in one when `path` is nil) has errors, listed above.
    case standardUnusable(path: String?)
    /// A binary format (a workbook) asked for on a terminal; it needs a file.
    case binaryToTerminal(format: String)
    /// An output cannot be written (`destination` nil for standard output), for `reason`.
    case cannotWrite(destination: String?, reason: SystemReason)
    /// A file to be written exists and `--force` was not given.
    case outputExists(path: String)
    /// An output would replace `input`, a report being read (`destination` nil for standard output).
    case outputIsInput(destination: String?, input: String)
    /// Two outputs would go to one place, `destination` (nil for standard output).
    case outputTwice(destination: String?)
    /// `count` more diagnostics of `severity` in the file, past those shown (`DiagnosticLimit`).
    case moreNotShown(count: Int, severity: Diagnostic.Severity)
    /// A form, `form`, named for `kind`, which has no forms (`gsz init --kind consulting --form seminar`).
    case kindWithoutForms(kind: String, form: String)
    /// `gsz serve` found no `gsz-server` program in `searched` (beside gsz, then PATH).
    case serverMissing(searched: [String])
}

extension Message {
    /// Whether this is a YAML problem that stopped the file from being read at all.
    var isFatalYAML: Bool {
        if case .yaml(let kind) = self { return YAMLError(kind, at: nil).isFatal }
        return false
    }
}

/// What stood where a value of another kind was expected.
public enum FoundValue: Hashable, Sendable {
    /// A scalar, quoted (shortened) in the message.
    case scalar(String)
    /// A list.
    case list
    /// A mapping.
    case mapping

    /// A node of `kind`, a scalar holding `text`.
    init(_ kind: YAMLNode.Kind, _ text: String) {
        self = switch kind {
        case .scalar: .scalar(text)
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}

/// The kinds of value a field can ask for, as named in messages and the schema.
public enum ValueKind: String, Hashable, Sendable, CaseIterable {
    /// Any text.
    case text
    /// A whole number.
    case integer
    /// A number, whole or not.
    case number
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A mapping with `from` and `to` dates.
    case dateRange = "date_range"
    /// A mapping of named fields.
    case mapping
    /// A list.
    case list
    /// A whole number or a list whose items are counted.
    case countOrList = "count_or_list"
    /// `true` or `false`.
    case boolean
}

/// What an indicator's result means for the service and what would raise it.
public enum Hint: Hashable, Sendable {
    /// `need` more of `unit` reach `level` at `threshold` (graded value or count).
    case moreForLevel(need: Double, unit: MeasureUnit, level: IndicatorLevel, threshold: Double)
    /// `need` more positive answers among `respondents` reach `level` at `threshold` percent.
    case morePositiveAnswers(need: Int, respondents: Int, level: IndicatorLevel, threshold: Double)
    /// The maximal level is reached (at or above `threshold`).
    case topLevelReached(threshold: Double, unit: MeasureUnit)
    /// The report lacks `field`, which this indicator needs.
    case missingInput(field: String)
    /// Feedback was asked for but nobody answered, so there is no share to compute.
    case noRespondents
    /// A requirement is met: `value` is at least (or at most) `threshold`.
    case requirementMet(value: Double, bound: Bound, threshold: Double, unit: MeasureUnit)
    /// A requirement is not met: `value` is below (or above) `threshold` by `gap`.
    case requirementFailed(value: Double, bound: Bound, threshold: Double, gap: Double, unit: MeasureUnit)

    /// A cheap digest of the case and its values, for `HintTexts`: hints are looked up once
    /// per indicator of a batch, and full hashing would cost more than the lookup saves.
    /// Equal hints have equal fingerprints; `==` still decides.
    var fingerprint: UInt64 {
        // FNV over whole words, then a murmur finalizer: the numbers here are small whole
        // values whose low bits are all zero as doubles. Fixed arity: a variadic list would
        // allocate an array on every lookup.
        func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64 = 0, _ d: UInt64 = 0, _ e: UInt64 = 0, _ f: UInt64 = 0) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            hash = (hash ^ a) &* 0x100_0000_01b3
            hash = (hash ^ b) &* 0x100_0000_01b3
            hash = (hash ^ c) &* 0x100_0000_01b3
            hash = (hash ^ d) &* 0x100_0000_01b3
            hash = (hash ^ e) &* 0x100_0000_01b3
            hash = (hash ^ f) &* 0x100_0000_01b3
            hash ^= hash >> 33
            hash &*= 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 33
            return hash
        }
        switch self {
        case .moreForLevel(let need, let unit, let level, let threshold):
            return mix(1, need.bitPattern, unit.ordinal, level.ordinal, threshold.bitPattern)
        case .morePositiveAnswers(let need, let respondents, let level, let threshold):
            return mix(2, UInt64(truncatingIfNeeded: need), UInt64(truncatingIfNeeded: respondents), level.ordinal, threshold.bitPattern)
        case .topLevelReached(let threshold, let unit):
            return mix(3, threshold.bitPattern, unit.ordinal)
        case .missingInput(let field):
            return mix(4, UInt64(truncatingIfNeeded: field.utf8.count))
        case .noRespondents:
            return 5
        case .requirementMet(let value, let bound, let threshold, let unit):
            return mix(6, value.bitPattern, bound == .atLeast ? 0 : 1, threshold.bitPattern, unit.ordinal)
        case .requirementFailed(let value, let bound, let threshold, let gap, let unit):
            return mix(7, value.bitPattern, bound == .atLeast ? 0 : 1, threshold.bitPattern, gap.bitPattern, unit.ordinal)
        }
    }
}

extension MeasureUnit {
    /// The case's position, for fingerprints.
    var ordinal: UInt64 {
        switch self {
        case .percent: 0
        case .people: 1
        case .stories: 2
        case .hours: 3
        case .days: 4
        case .years: 5
        case .respondents: 6
        }
    }
}

extension IndicatorLevel {
    /// The case's position, for fingerprints.
    var ordinal: UInt64 {
        switch self {
        case .missing: 0
        case .noncompliant: 1
        case .meets: 2
        case .minimal: 3
        case .maximal: 4
        }
    }
}

/// Which side of a requirement's threshold passes.
public enum Bound: String, Hashable, Sendable, CaseIterable {
    /// The value must be at least the threshold.
    case atLeast = "at_least"
    /// The value must be at most the threshold.
    case atMost = "at_most"
}
