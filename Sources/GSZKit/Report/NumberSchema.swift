/// The JSON Schema of a number field as gsz reads it: a JSON number, or a string that holds
/// one. gsz reads a scalar's text whatever its quotes (`ScalarSyntax`), so `participants: "12"`
/// is 12; a schema that wanted a JSON number would underline a report gsz accepts.
///
/// The patterns follow `ScalarSyntax` (decimal digits, an optional sign, for numbers a
/// fraction and an exponent; no hex, octal, `inf` or spaces) and say less where a pattern
/// cannot say a minimum: a string's value is bounded only at zero.
enum NumberSchema {
    /// A whole number, at least `minimum` when given.
    static func whole(minimum: Int?) -> JSONValue {
        let pattern = switch minimum.map({ $0.signum() }) {
        case nil, -1: "^[-+]?[0-9]+$"
        case 0: "^(\\+?[0-9]+|-0+)$"  // gsz reads "-0" as 0, which is not negative
        default: "^\\+?0*[1-9][0-9]*$"
        }
        return either(.object(["type": .string("integer"), "minimum": minimum.map { .integer($0) }]), pattern)
    }

    /// One of `values`, whole numbers above zero (`reports.half`: 1 or 2).
    static func whole(in values: [Int]) -> JSONValue {
        let pattern = "^\\+?0*(" + values.map(String.init).joined(separator: "|") + ")$"
        return either(.object(["enum": .array(values.map { .integer($0) })]), pattern)
    }

    /// A number, at least (or, when `exclusive`, above) `minimum` when given.
    static func number(minimum: Double?, exclusive: Bool) -> JSONValue {
        let exponent = "([eE][-+]?[0-9]+)?$"
        let pattern = switch (minimum, exclusive) {
        case (0, false): "^(\\+?([0-9]+\\.?[0-9]*|\\.[0-9]+)|-(0+\\.?0*|\\.0+))" + exponent
        // Some digit of the mantissa is not 0.
        case (0, true): "^\\+?([0-9]*[1-9][0-9]*\\.?[0-9]*|[0-9]*\\.[0-9]*[1-9][0-9]*)" + exponent
        default: "^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)" + exponent
        }
        let bound: JSONValue? = minimum.map { .number($0) }
        let number: JSONValue = exclusive ? .object(["type": .string("number"), "exclusiveMinimum": bound])
            : .object(["type": .string("number"), "minimum": bound])
        return either(number, pattern)
    }

    private static func either(_ number: JSONValue, _ pattern: String) -> JSONValue {
        .object(["anyOf": .array([
            number,
            .object(["type": .string("string"), "pattern": .string(pattern)]),
        ])])
    }
}
