public import GSZYAML

/// A loaded standard: the service kinds it covers, the indicators it measures, and the
/// threshold tables that say, per form, what each indicator must reach.
///
/// Everything here comes from the files under a standard folder; no threshold is written
/// in Swift. `rules(kind:form:)` is what evaluation asks.
public struct Standard: Sendable {
    /// A short stable id (`gsz`).
    public let id: String
    /// The standard's full name.
    public let name: LocalizedText
    /// The edition, as the file gives it.
    public let version: String
    /// Where the standard comes from (the order, the slides).
    public let source: String?
    /// The service kinds, in declared order.
    public let kinds: [ServiceKind]
    /// The fields a report's services have under this standard, and the rules between them.
    public let format: ReportFormat
    /// The indicators, in declared order.
    public let indicators: [IndicatorDefinition]
    /// The threshold tables, in file order.
    public let tables: [ThresholdTable]
    /// Services with their expected verdicts, kept with the standard (`gsz standard test`).
    public let examples: [StandardExample]
    /// The rule families' files (the calendar, the rules of discussions, competitions and
    /// monitoring), parsed, for the families to read; parsed when first asked for.
    public var data: [StandardDataFile] { familyFiles.value.files }
    /// The working-day calendar and the other documents' deadlines (`Standards/calendar/`, `Standards/rules/`).
    public var process: ProcessRules { familyFiles.value.process }
    /// Where `data` and `process` come from, read once.
    let familyFiles: StandardData
    /// The rules per kind and form, searched in order: a handful of entries, compared
    /// faster than a key could be built and hashed for every service of a batch.
    private let rulesByForm: [(kind: String, form: String, rules: [IndicatorRule])]

    init(
        id: String, name: LocalizedText, version: String, source: String?, kinds: [ServiceKind],
        format: ReportFormat, indicators: [IndicatorDefinition], tables: [ThresholdTable],
        examples: [StandardExample], familyFiles: StandardData
    ) {
        self.format = format
        self.id = id
        self.name = name
        self.version = version
        self.source = source
        self.kinds = kinds
        self.indicators = indicators
        self.tables = tables
        self.examples = examples
        self.familyFiles = familyFiles
        var rules: [String: [IndicatorRule]] = [:]
        for table in tables {
            for row in table.rows {
                for form in row.targetForms {
                    for (indicatorID, threshold) in row.thresholds {
                        guard let definition = indicators.first(where: { $0.id == indicatorID }) else { continue }
                        rules[Self.ruleKey(table.kind, form), default: []].append(IndicatorRule(
                            definition: definition, threshold: threshold, table: table, row: row))
                    }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        rulesByForm = rules.keys.sorted().map { key in
            let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let sorted = rules[key, default: []].sorted { order[$0.definition.id, default: 0] < order[$1.definition.id, default: 0] }
            return (parts[0], parts.count > 1 ? parts[1] : "", sorted)
        }
    }

    private static func ruleKey(_ kind: String, _ form: String?) -> String { kind + "/" + (form ?? "") }

    /// The declared kind with `id`.
    public func kind(_ id: String) -> ServiceKind? { kinds.first { $0.id == id } }

    /// The declared indicator with `id`.
    public func indicator(_ id: String) -> IndicatorDefinition? { indicators.first { $0.id == id } }

    /// What applies to a service of `kind` (and `form`, for kinds with forms); empty when
    /// the standard sets nothing for it, so the service is not assessed.
    public func rules(kind: String, form: String?) -> [IndicatorRule] {
        let form = form ?? ""
        return rulesByForm.first { $0.kind == kind && $0.form == form }?.rules ?? []
    }
}

/// A kind of service the standard covers (training, consulting…).
public struct ServiceKind: Sendable {
    /// The id reports use in `kind:`.
    public let id: String
    /// The kind's name.
    public let name: LocalizedText
    /// The forms a service of this kind takes; empty when the kind has none.
    public let forms: [ServiceForm]
    /// Where the kind is defined in the source.
    public let source: String?
}

/// A form of service within a kind (a seminar, a course…).
public struct ServiceForm: Sendable {
    /// The id reports use in `form:`.
    public let id: String
    /// The form's name.
    public let name: LocalizedText
}

/// How an indicator's value is judged against its thresholds.
public enum CheckKind: String, Sendable, CaseIterable {
    /// Levels: noncompliant below the minimal threshold, minimal from it, maximal from the maximal one.
    case graded
    /// A requirement: the value must be at least the threshold.
    case atLeast = "at_least"
    /// A requirement: the value must be at most the threshold.
    case atMost = "at_most"
}

/// An indicator as the standard declares it: what it is called, how it is computed from a
/// service's fields, and how it is judged.
///
/// A class: every indicator result of a batch refers to one of a handful of these.
public final class IndicatorDefinition: Sendable {
    /// The stable id (`participants`), used in machine output.
    public let id: String
    /// The indicator's name.
    public let name: LocalizedText
    /// How the value is judged.
    public let check: CheckKind
    /// How the value is computed.
    public let computation: Computation
    /// The service fields the computation reads, as dotted paths (`feedback.respondents`).
    public let inputs: [String]
    /// Where those fields sit in a service's record.
    let inputSlots: [Int]
    /// What the value counts.
    public let unit: MeasureUnit
    /// Where the source says the value comes from (feedback forms, success stories).
    public let source: String?
    /// Whether the value moves in whole units (people, stories), so hints round up.
    let countsWholeUnits: Bool

    init(
        id: String, name: LocalizedText, check: CheckKind, computation: Computation, inputs: [String],
        inputSlots: [Int], unit: MeasureUnit, source: String?, countsWholeUnits: Bool
    ) {
        self.id = id
        self.name = name
        self.check = check
        self.computation = computation
        self.inputs = inputs
        self.inputSlots = inputSlots
        self.unit = unit
        self.source = source
        self.countsWholeUnits = countsWholeUnits
    }
}

/// One level's threshold, as a bare number or a range written in the source ("50%–84%").
public struct LevelBound: Hashable, Sendable {
    /// Where the level starts: the threshold.
    public let from: Double
    /// Where the source says the level ends, when it gives a range.
    public let to: Double?
}

/// The thresholds one table row sets for one indicator.
public enum Threshold: Hashable, Sendable {
    /// A graded indicator's two levels.
    case graded(minimal: LevelBound, maximal: LevelBound)
    /// A requirement's bound.
    case requirement(Bound, Double)
}

/// A threshold table, mirroring one table of the source.
public final class ThresholdTable: Sendable {
    /// The table's id.
    public let id: String
    /// The service kind it applies to.
    public let kind: String
    /// The table's title.
    public let title: LocalizedText
    /// Where the table is in the source.
    public let source: String?
    /// The indicators it sets, its columns.
    public let indicators: [String]
    /// One row per form (or group of forms), as in the source.
    public let rows: [ThresholdRow]
    /// The file it was read from.
    public let path: String

    init(id: String, kind: String, title: LocalizedText, source: String?, indicators: [String], rows: [ThresholdRow], path: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.source = source
        self.indicators = indicators
        self.rows = rows
        self.path = path
    }
}

/// One row of a threshold table.
public struct ThresholdRow: Sendable {
    /// The forms the row is for.
    public let forms: [String]
    /// The row in the source.
    public let source: String?
    /// Thresholds per indicator; an indicator absent here is not assessed for these forms.
    public let thresholds: [(indicator: String, threshold: Threshold)]
    /// Where the row starts.
    public let location: SourceLocation

    /// The forms the row's thresholds apply to: its forms, or, for a kind without forms
    /// (a row that names none), the kind itself, keyed by the empty form.
    var targetForms: [String] { forms.isEmpty ? [""] : forms }
}

/// One indicator as it applies to a form: its definition and the row that sets its thresholds.
public final class IndicatorRule: Sendable {
    /// The indicator.
    public let definition: IndicatorDefinition
    /// Its thresholds for this form.
    public let threshold: Threshold
    /// The table that sets them.
    public let table: ThresholdTable
    /// The row that sets them.
    public let row: ThresholdRow

    init(definition: IndicatorDefinition, threshold: Threshold, table: ThresholdTable, row: ThresholdRow) {
        self.definition = definition
        self.threshold = threshold
        self.table = table
        self.row = row
    }
}
