/// One field of the report format: its key, its type, whether it must be there, and what
/// it means.
///
/// The report reader, the JSON Schema (`gsz schema`), the report templates (`gsz init`)
/// and the standard linter all read these same values, so they cannot disagree.
///
/// A class so that walking the format while reading thousands of reports copies a
/// reference, not the texts each field carries.
public final class FieldSpec: Sendable {
    /// The key as written in a report.
    public let key: String
    /// The dotted path from the record the field belongs to (`feedback.respondents`).
    public let path: String
    /// What the value must be.
    public let type: FieldType
    /// Whether a report must give it.
    public let isRequired: Bool
    /// What the field means, for people.
    public let summary: LocalizedText
    /// What a number in this field counts, where it is a number.
    public let unit: MeasureUnit?
    /// A typical value, written as in YAML, for templates and docs.
    public let example: String?
    /// The service kinds the field belongs to; empty when it belongs to every kind. A service
    /// of another kind that gives it gets a warning, and the value is ignored.
    public let kinds: [String]
    /// Where the field's value sits in a `FieldRecord`: its position among all fields of
    /// its record, depth first (see `ObjectSpec.numbered()`); -1 before numbering.
    public let slot: Int
    /// The fields inside an object field, or inside each item of a list field.
    ///
    /// The same as the `ObjectSpec` inside `type`, kept in a plain stored property as well:
    /// Swift packs an enum's case into spare bits of its payload's pointers, which leak
    /// checkers such as valgrind cannot follow; this reference they can.
    public let fields: ObjectSpec?

    /// A field; nested fields get their paths from their parent.
    public convenience init(
        _ key: String, _ type: FieldType, required: Bool = false, unit: MeasureUnit? = nil,
        example: String? = nil, kinds: [String] = [], summary: LocalizedText
    ) {
        self.init(key: key, path: key, type: type, isRequired: required, summary: summary, unit: unit,
                  example: example, kinds: kinds, slot: -1)
    }

    private init(
        key: String, path: String, type: FieldType, isRequired: Bool, summary: LocalizedText,
        unit: MeasureUnit?, example: String?, kinds: [String], slot: Int
    ) {
        self.key = key
        self.path = path
        self.isRequired = isRequired
        self.summary = summary
        self.unit = unit
        self.example = example
        self.kinds = kinds
        self.slot = slot
        // Children of an object field take their paths from it, within the same record.
        switch type {
        case .object(let object) where slot < 0:
            self.type = .object(ObjectSpec(object.fields.map { $0.placed(under: path) }))
        default:
            self.type = type
        }
        switch self.type {
        case .object(let object), .list(let object, _): fields = object
        default: fields = nil
        }
    }

    /// This field with its path starting at `parent`.
    func placed(under parent: String) -> FieldSpec {
        FieldSpec(key: key, path: parent + "." + key, type: type, isRequired: isRequired,
                  summary: summary, unit: unit, example: example, kinds: kinds, slot: -1)
    }

    /// This field in `slot`, of `type` (its children numbered too).
    func numbered(_ slot: Int, type: FieldType) -> FieldSpec {
        FieldSpec(key: key, path: path, type: type, isRequired: isRequired, summary: summary, unit: unit,
                  example: example, kinds: kinds, slot: slot)
    }
}

/// What a field's value must be.
public enum FieldType: Sendable {
    /// Any text.
    case text
    /// A Kazakhstan business identification number: 12 digits, check digit valid.
    case bin
    /// Text naming a service kind declared by the standard.
    case kind
    /// Text naming a form of the service's kind.
    case form
    /// A whole number at least `minimum`.
    case wholeNumber(minimum: Int)
    /// A number at least `minimum` (above it when `exclusive`).
    case number(minimum: Double, exclusive: Bool)
    /// A date, `YYYY-MM-DD`.
    case date
    /// `{from, to}` dates, from not after to.
    case dateSpan
    /// A whole number at least 0, or a list whose items are counted.
    case countOrList
    /// A mapping of further fields.
    case object(ObjectSpec)
    /// A list of records, each a mapping of fields, at least `minimumCount` of them.
    case list(ObjectSpec, minimumCount: Int)

    /// The type without its details, for matching computations to fields.
    public enum Shape: String, Sendable {
        case text, bin, kind, form, wholeNumber, number, date, dateSpan, countOrList, object, list
    }

    /// The type without its details.
    public var shape: Shape {
        switch self {
        case .text: .text
        case .bin: .bin
        case .kind: .kind
        case .form: .form
        case .wholeNumber: .wholeNumber
        case .number: .number
        case .date: .date
        case .dateSpan: .dateSpan
        case .countOrList: .countOrList
        case .object: .object
        case .list: .list
        }
    }
}

/// The fields of a mapping.
public struct ObjectSpec: Sendable {
    /// The fields, in documented order.
    public let fields: [FieldSpec]
    /// Their keys, for matching.
    public let keys: KeySet

    /// A mapping of `fields`.
    public init(_ fields: [FieldSpec]) {
        self.fields = fields
        keys = KeySet(fields.map(\.key))
    }

    /// Every field below this one, depth first, objects included.
    public var allFields: [FieldSpec] {
        fields.flatMap { field -> [FieldSpec] in
            if case .object(let object) = field.type { return [field] + object.allFields }
            return [field]
        }
    }

    /// This spec with each field's slot set to its position in `allFields`, so a record's
    /// values live in a flat array instead of being looked up by path.
    func numbered() -> ObjectSpec {
        var next = 0
        return numbered(from: &next)
    }

    private func numbered(from next: inout Int) -> ObjectSpec {
        ObjectSpec(fields.map { field in
            let slot = next
            next += 1
            if case .object(let object) = field.type {
                return field.numbered(slot, type: .object(object.numbered(from: &next)))
            }
            return field.numbered(slot, type: field.type)
        })
    }

    /// The slot of the field at dotted `path`.
    public func slot(of path: String) -> Int? {
        allFields.first { $0.path == path }?.slot
    }
}

/// How a record's values are laid out: one slot per field of an `ObjectSpec`.
public final class RecordLayout: Sendable {
    /// The fields, numbered.
    public let object: ObjectSpec
    /// How many slots a record has.
    public let count: Int
    private let slotByPath: [String: Int]

    /// The layout of records read as `object`, which must be numbered.
    init(_ object: ObjectSpec) {
        self.object = object
        let fields = object.allFields
        count = fields.count
        slotByPath = Dictionary(fields.map { ($0.path, $0.slot) }, uniquingKeysWith: { first, _ in first })
    }

    /// The slot of the field at dotted `path`.
    public func slot(of path: String) -> Int? { slotByPath[path] }
}
