import GSZYAML

/// Reads one cell of a threshold table for an indicator whose check is known, and checks
/// its levels are in order: the minimal threshold not above the maximal one, ranges
/// neither overlapping nor leaving a gap (ranges are written in whole units, as the source
/// writes "50%–84%" then "85%–100%").
struct ThresholdReader {
    var fields: FieldReader

    private static let gradedKeys = KeySet(["minimal", "maximal"])
    private static let requirementKeys = KeySet(["at_least", "at_most"])

    /// The threshold in `node`; `nil` for "—" (the source sets nothing) or after an error.
    mutating func read(_ node: YAMLNode, for indicator: IndicatorDefinition) -> Threshold? {
        let id = indicator.id
        if node.isNull || node.scalarEquals("-") || node.scalarEquals("—") { return nil }
        switch indicator.check {
        case .graded:
            guard node.kind == .mapping, node.value(forKey: "at_least") == nil, node.value(forKey: "at_most") == nil else {
                fields.bag.error(.standard(.checkMismatch(indicator: id, check: "graded", expected: "{minimal: …, maximal: …}")),
                                 at: node.location)
                return nil
            }
            guard let levels = fields.mapping(node, field: id, keys: Self.gradedKeys),
                  let minimalNode = fields.required("minimal", in: levels),
                  let maximalNode = fields.required("maximal", in: levels),
                  let minimal = bound(minimalNode, field: levels.path("minimal"), indicator: indicator),
                  let maximal = bound(maximalNode, field: levels.path("maximal"), indicator: indicator) else { return nil }
            checkOrder(minimal, maximal, indicator: id, at: node.location)
            return .graded(minimal: minimal, maximal: maximal)
        case .atLeast, .atMost:
            let key = indicator.check.rawValue
            let expected = "{\(key): …}"
            guard node.kind == .mapping, node.value(forKey: "minimal") == nil, node.value(forKey: "maximal") == nil else {
                fields.bag.error(.standard(.checkMismatch(indicator: id, check: key, expected: expected)), at: node.location)
                return nil
            }
            guard let bounds = fields.mapping(node, field: id, keys: Self.requirementKeys) else { return nil }
            guard let valueNode = bounds[key] else {
                fields.bag.error(.standard(.checkMismatch(indicator: id, check: key, expected: expected)), at: node.location)
                return nil
            }
            guard let value = threshold(valueNode, field: bounds.path(key), for: indicator) else { return nil }
            return .requirement(indicator.check == .atLeast ? .atLeast : .atMost, value)
        }
    }

    /// A level's bound: a number, or a `[from, to]` range.
    private mutating func bound(_ node: YAMLNode, field: String, indicator definition: IndicatorDefinition) -> LevelBound? {
        let indicator = definition.id
        if node.kind == .sequence {
            let items = node.items
            guard items.count == 2 else {
                fields.wrongType(node, field: field, expected: .number)
                return nil
            }
            guard let from = threshold(items[0], field: field, for: definition),
                  let to = threshold(items[1], field: field, for: definition) else { return nil }
            if from > to {
                fields.bag.error(.standard(.reversedRange(indicator: indicator, from: from, to: to)), at: node.location)
                return nil
            }
            return LevelBound(from: from, to: to)
        }
        return threshold(node, field: field, for: definition).map { LevelBound(from: $0, to: nil) }
    }

    /// A number the indicator's value can reach: a share lies in 0–100, everything else
    /// counts from 0. A threshold outside can never be met (or never missed), which is
    /// always a slip of the keyboard.
    private mutating func threshold(_ node: YAMLNode, field: String, for indicator: IndicatorDefinition) -> Double? {
        guard let value = fields.number(node, field: field) else { return nil }
        let highest: Double? = indicator.unit == .percent ? 100 : nil
        if value < 0 || highest.map({ value > $0 }) == true {
            fields.bag.error(.standard(.thresholdOutOfRange(indicator: indicator.id, value: value, lowest: 0, highest: highest)),
                             at: node.location)
            return nil
        }
        return value
    }

    private mutating func checkOrder(_ minimal: LevelBound, _ maximal: LevelBound, indicator: String, at location: SourceLocation) {
        if minimal.from > maximal.from {
            fields.bag.error(.standard(.minimalAboveMaximal(indicator: indicator, minimal: minimal.from, maximal: maximal.from)),
                             at: location)
            return
        }
        guard let minimalTo = minimal.to else { return }
        if minimalTo >= maximal.from {
            fields.bag.error(.standard(.overlappingLevels(indicator: indicator, minimalTo: minimalTo, maximalFrom: maximal.from)),
                             at: location)
        } else if maximal.from - minimalTo > 1 {
            fields.bag.error(.standard(.gappedLevels(indicator: indicator, minimalTo: minimalTo, maximalFrom: maximal.from)),
                             at: location)
        }
    }
}
