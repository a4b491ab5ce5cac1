public import GSZYAML

/// A working-day question kept with the calendar together with the answer it must get:
/// the calendar's own tests, run by `gsz standard test` beside the Standard's examples.
public struct CalendarExample: Sendable {
    /// What is asked.
    public enum Query: Sendable, Hashable {
        /// The working days from the first date to the second, both counted.
        case between(CalendarDate, CalendarDate)
        /// The given number of working days after a date.
        case add(CalendarDate, Int)
        /// Whether one day is a working day.
        case day(CalendarDate)
    }

    /// An answer, expected or given.
    public enum Answer: Sendable, Hashable, CustomStringConvertible {
        /// A count of working days.
        case count(Int)
        /// A date.
        case date(CalendarDate)
        /// A working day (`true`) or a day off.
        case working(Bool)
        /// The question needs a year the calendar does not cover.
        case uncovered(Int)

        /// As the examples write it: `246`, `2026-09-15`, `working`, `day_off`, `uncovered 2028`.
        public var description: String {
            switch self {
            case .count(let count): String(count)
            case .date(let date): "\(date)"
            case .working(true): "working"
            case .working(false): "day_off"
            case .uncovered(let year): "uncovered \(year)"
            }
        }
    }

    /// What the example shows.
    public let name: String
    /// The file it is kept in.
    public let path: String
    /// Where it starts.
    public let location: SourceLocation
    /// The question.
    public let query: Query
    /// The answer it must get.
    public let expect: Answer
    /// Where the expected answer is written.
    let expectLocation: SourceLocation

    /// The answer `calendar` gives.
    public func answer(by calendar: WorkingCalendar) -> Answer {
        do {
            switch query {
            case .between(let from, let to): return .count(try calendar.workingDays(from: from, to: to))
            case .add(let from, let days): return .date(try calendar.workingDay(days, after: from))
            case .day(let date): return .working(try calendar.isWorkingDay(date))
            }
        } catch {
            return .uncovered(error.year)
        }
    }

    /// The mismatch, placed at the expectation, or nothing when the example passes.
    public func run(_ calendar: WorkingCalendar) -> [Diagnostic] {
        let actual = answer(by: calendar)
        guard actual != expect else { return [] }
        return [.error(.standard(.calendarExample(example: name, expected: expect.description, actual: actual.description)),
                       path: path, at: expectLocation)]
    }
}

extension CalendarExample {
    /// Every calendar example of `standard`, as `gsz standard test` reports them.
    public static func runAll(_ standard: Standard) -> [ExampleOutcome] {
        standard.process.calendarExamples.map {
            ExampleOutcome(name: $0.name, place: "\($0.path):\($0.location)", problems: $0.run(standard.process.calendar))
        }
    }
}

extension CalendarFileReader {
    private static let exampleKeys = KeySet(["name", "between", "add", "day", "expect"])
    private static let spanKeys = KeySet(["from", "to"])
    private static let addKeys = KeySet(["from", "days"])
    private static let uncoveredKeys = KeySet(["uncovered"])

    /// The examples listed under `calendar_examples:`.
    mutating func readExamples(_ node: YAMLNode) -> [CalendarExample] {
        guard let list = fields.list(node, field: "calendar_examples") else { return [] }
        var examples: [CalendarExample] = []
        for item in list {
            guard let example = fields.mapping(item, field: "calendar_examples", keys: Self.exampleKeys),
                  let nameNode = fields.required("name", in: example),
                  let name = fields.text(nameNode, field: "name", nonEmpty: true),
                  let query = query(example),
                  let expectNode = fields.required("expect", in: example),
                  let expect = answer(expectNode, for: query) else { continue }
            examples.append(CalendarExample(name: name, path: path, location: item.location, query: query,
                                            expect: expect, expectLocation: expectNode.location))
        }
        return examples
    }

    private mutating func query(_ example: MappingFields) -> CalendarExample.Query? {
        if let node = example["between"] {
            guard let span = fields.mapping(node, field: "between", keys: Self.spanKeys),
                  let from = fields.required("from", in: span).flatMap({ fields.date($0, field: "between.from") }),
                  let to = fields.required("to", in: span).flatMap({ fields.date($0, field: "between.to") }) else { return nil }
            return .between(from, to)
        }
        if let node = example["add"] {
            guard let add = fields.mapping(node, field: "add", keys: Self.addKeys),
                  let from = fields.required("from", in: add).flatMap({ fields.date($0, field: "add.from") }),
                  let days = fields.required("days", in: add).flatMap({ fields.wholeNumber($0, field: "add.days", minimum: 0) })
            else { return nil }
            return .add(from, days)
        }
        if let node = example["day"] {
            return fields.date(node, field: "day").map(CalendarExample.Query.day)
        }
        fields.bag.error(.missingField(field: "between"), at: example.node.location)
        return nil
    }

    private mutating func answer(_ node: YAMLNode, for query: CalendarExample.Query) -> CalendarExample.Answer? {
        if node.kind == .mapping {
            guard let mapping = fields.mapping(node, field: "expect", keys: Self.uncoveredKeys),
                  let year = fields.required("uncovered", in: mapping)
                    .flatMap({ fields.wholeNumber($0, field: "expect.uncovered", minimum: 1) }) else { return nil }
            return .uncovered(year)
        }
        switch query {
        case .between: return fields.wholeNumber(node, field: "expect", minimum: 0).map(CalendarExample.Answer.count)
        case .add: return fields.date(node, field: "expect").map(CalendarExample.Answer.date)
        case .day:
            if node.scalarEquals("working") { return .working(true) }
            if node.scalarEquals("day_off") { return .working(false) }
            fields.bag.error(.unknownValue(field: "expect", value: node.text, known: ["working", "day_off"], suggestion: nil),
                             at: node.location)
            return nil
        }
    }
}
