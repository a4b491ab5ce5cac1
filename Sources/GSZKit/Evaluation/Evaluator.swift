/// Judges services against a standard, by the verdict rules of the README.
struct Evaluator: Sendable {
    /// The standard whose rules apply.
    public let standard: Standard

    /// An evaluator for `standard`.
    public init(standard: Standard) {
        self.standard = standard
    }

    /// Each service's result, in order.
    public func evaluate(_ report: Report) -> [ServiceResult] {
        report.services.map(evaluate)
    }

    /// One service's indicators and verdict.
    public func evaluate(_ service: ServiceRecord) -> ServiceResult {
        let rules = standard.rules(kind: service.kind, form: service.form)
        let indicators = rules.map { measure($0, service) }
        let figures = standard.format.figures
        let entry = { (slot: Int?) in slot.flatMap { service.fields.entry(slot: $0)?.value } }
        let satisfaction: Double? = if let satisfied = entry(figures.satisfied)?.numeric,
                                       let respondents = entry(figures.respondents)?.numeric, respondents > 0 {
            100 * satisfied / respondents
        } else {
            nil
        }
        return ServiceResult(
            id: service.id, kind: service.kind, form: service.form, title: service.title,
            verdict: Self.verdict(of: indicators), indicators: indicators, location: service.location,
            participants: entry(figures.participants)?.exactWhole,
            successStories: entry(figures.successStories)?.exactWhole,
            satisfaction: satisfaction)
    }

    /// The first that holds: noncompliant if any indicator is; incomplete if any is
    /// missing; the lowest graded level; not assessed when nothing applies. A service
    /// with requirements alone, all met, has nothing holding it below maximal.
    static func verdict(of indicators: [IndicatorResult]) -> Verdict {
        guard !indicators.isEmpty else { return .notAssessed }
        if indicators.contains(where: { $0.level == .noncompliant }) { return .noncompliant }
        if indicators.contains(where: { $0.level == .missing }) { return .incomplete }
        let graded = indicators.filter { $0.definition.check == .graded }
        return graded.contains { $0.level == .minimal } ? .minimal : .maximal
    }

    private func measure(_ rule: IndicatorRule, _ service: ServiceRecord) -> IndicatorResult {
        let definition = rule.definition
        let location = definition.inputSlots.lazy.compactMap { service.fields.entry(slot: $0)?.location }.first
            ?? service.location
        func result(_ level: IndicatorLevel, _ value: Double?, _ hint: Hint) -> IndicatorResult {
            IndicatorResult(definition: definition, threshold: rule.threshold, level: level, value: value,
                            hint: hint, location: location, rule: rule,
                            whole: value == nil ? nil : definition.computation.wholeInput(service.fields, slots: definition.inputSlots))
        }
        let measurement: Measurement
        switch definition.computation.measure(service.fields, slots: definition.inputSlots, inputs: definition.inputs) {
        case .failure(let missing): return result(.missing, nil, missing.hint)
        case .success(let value): measurement = value
        }
        let value = measurement.value
        switch rule.threshold {
        case .graded(let minimal, let maximal):
            if measurement.reaches(maximal.from) {
                return result(.maximal, value, .topLevelReached(threshold: maximal.from, unit: definition.unit))
            }
            let (level, target, next): (IndicatorLevel, Double, IndicatorLevel) = measurement.reaches(minimal.from)
                ? (.minimal, maximal.from, .maximal) : (.noncompliant, minimal.from, .minimal)
            return result(level, value, hintToward(target, level: next, measurement, definition))
        case .requirement(let bound, let threshold):
            let met = bound == .atLeast ? measurement.reaches(threshold) : measurement.staysWithin(threshold)
            let unit = definition.unit
            if met { return result(.meets, value, .requirementMet(value: value, bound: bound, threshold: threshold, unit: unit)) }
            let gap = bound == .atLeast ? threshold - value : value - threshold
            return result(.noncompliant, value, .requirementFailed(
                value: value, bound: bound, threshold: threshold, gap: Self.tidy(gap), unit: unit))
        }
    }

    /// What it would take to reach `target`: more positive answers for a percentage, more
    /// of the unit otherwise (whole units for counts).
    private func hintToward(
        _ target: Double, level: IndicatorLevel, _ measurement: Measurement, _ definition: IndicatorDefinition
    ) -> Hint {
        if let fraction = measurement.fraction {
            // The fewest positive answers p with 100·p ≥ target·respondents.
            var needed = (target * fraction.denominator / 100).rounded(.up)
            // The ceiling can land an ulp or two above the exact answer: step down that far at
            // most. Unbounded, this never ended past 2^53 respondents, where needed − 1 == needed.
            for _ in 0..<4 {
                guard needed > 0, (needed - 1) * 100 >= target * fraction.denominator else { break }
                needed -= 1
            }
            return .morePositiveAnswers(need: (needed - fraction.numerator).saturatingInt,
                                        respondents: fraction.denominator.saturatingInt,
                                        level: level, threshold: target)
        }
        let gap = target - measurement.value
        return .moreForLevel(need: definition.countsWholeUnits ? gap.rounded(.up) : Self.tidy(gap), unit: definition.unit,
                             level: level, threshold: target)
    }

    /// A difference without floating-point dust (4 − 3.7 is 0.3, not 0.2999…). A difference
    /// smaller than the dust stays as it is: 2 − 1.9999999999 hours is short, not 0 short.
    static func tidy(_ value: Double) -> Double {
        let tidied = (value * 1e9).rounded() / 1e9
        return tidied == 0 ? value : tidied
    }
}
