import GSZYAML

/// Findings as short text, the same in every format that writes sentences (JUnit bodies,
/// SARIF and GitHub messages, Markdown cells): an indicator's value, thresholds and level,
/// a located diagnostic, a file's counts.
///
/// Thresholds use `≥`/`≤` with the level names rather than sentences, so they read the same
/// in every language without new wording.
enum FindingText {
    /// `72.22%`, `18`, `—` when the input is missing; a decimal comma in Russian and Kazakh.
    static func value(_ indicator: IndicatorResult, in language: Language) -> String {
        guard let value = indicator.value else { return "—" }
        if let whole = indicator.whole { return String(whole) + (indicator.definition.unit == .percent ? "%" : "") }
        let unit = indicator.definition.unit
        return NumberText.short(value, within: indicator.span, in: language) + (unit == .percent ? "%" : "")
    }

    /// `minimal ≥ 12, maximal ≥ 35`, `≥ 2`, `≤ 4`.
    static func thresholds(_ threshold: Threshold, unit: MeasureUnit, in language: Language) -> String {
        switch threshold {
        case .graded(let minimal, let maximal):
            IndicatorLevel.minimal.name(in: language) + " ≥ " + number(minimal.from, unit: unit, in: language) + ", "
                + IndicatorLevel.maximal.name(in: language) + " ≥ " + number(maximal.from, unit: unit, in: language)
        case .requirement(.atLeast, let bound): "≥ " + number(bound, unit: unit, in: language)
        case .requirement(.atMost, let bound): "≤ " + number(bound, unit: unit, in: language)
        }
    }

    /// The thresholds in a few characters, for columns: `12 → 35` (minimal → maximal),
    /// `60 → 85%`, `≥ 2` (at least), `≤ 4` (at most).
    static func compactThresholds(_ indicator: IndicatorResult, in language: Language) -> String {
        let unit = indicator.definition.unit
        return switch indicator.threshold {
        case .graded(let minimal, let maximal):
            NumberText.exact(minimal.from, in: language) + " → " + number(maximal.from, unit: unit, in: language)
        case .requirement(.atLeast, let bound): "≥ " + number(bound, unit: unit, in: language)
        case .requirement(.atMost, let bound): "≤ " + number(bound, unit: unit, in: language)
        }
    }

    /// Whether the indicator's hint asks for something: the next level is not reached or the
    /// input is missing. A reached maximum or a met requirement only restates its row.
    static func asksForAction(_ indicator: IndicatorResult) -> Bool {
        switch indicator.level {
        case .maximal, .meets: false
        case .missing, .noncompliant, .minimal: true
        }
    }

    /// `Number of participants: 9 — noncompliant (minimal ≥ 12, maximal ≥ 35): 3 more
    /// participants reach the minimal level (12)`: everything a person needs to act on one
    /// indicator, on one line. Without a value: `Participant satisfaction — missing (…): …`.
    static func finding(_ indicator: IndicatorResult, hint: String, in language: Language) -> String {
        let definition = indicator.definition
        return definition.name[language] + (indicator.value == nil ? "" : ": " + value(indicator, in: language))
            + " — " + indicator.level.name(in: language)
            + " (" + thresholds(indicator.threshold, unit: definition.unit, in: language) + "): " + hint
    }

    /// `path:line:col: message`, or `path: message` where the problem has no place; with
    /// `severity`, `path:line:col: warning: message`, as compilers write it.
    static func located(_ diagnostic: Diagnostic, in language: Language, severity: Bool = false) -> String {
        let place = diagnostic.location.map { ":\($0)" } ?? ""
        return diagnostic.path + place + ": " + (severity ? diagnostic.severity.rawValue + ": " : "")
            + diagnostic.message.text(in: language)
    }

    /// `Seminar`, the form's (or else the kind's) name as the standard gives it.
    static func formName(_ service: ServiceResult, in standard: Standard, language: Language) -> String {
        formName(kind: service.kind, form: service.form, in: standard, language: language)
    }

    /// The name of `form` of `kind` (or of the kind, for a kind without forms).
    static func formName(kind kindID: String, form: String?, in standard: Standard, language: Language) -> String {
        let kind = standard.kind(kindID)
        if let form {
            return kind?.forms.first { $0.id == form }?.name[language] ?? form
        }
        return kind?.name[language] ?? kindID
    }

    /// `Services: 2`, or `Errors: 6` for a file that could not be checked.
    static func counts(_ result: FileResult, in language: Language) -> String {
        if !result.errors.isEmpty { return Label.errors.text(in: language) + ": \(result.errorCount)" }
        guard result.document != .report else { return Label.services.text(in: language) + ": \(result.services.count)" }
        let broken = result.findings.count { $0.level == .noncompliant }
        return Label.rulesApplied.text(in: language) + ": \(result.findings.count), "
            + Label.rulesBroken.text(in: language) + ": \(broken)"
    }

    /// `6 files: maximal 1, minimal 1, error 1`, verdicts without files left out.
    static func totals(_ summary: BatchSummary, in language: Language) -> String {
        var parts: [String] = []
        for verdict in Verdict.fileOrder where summary[verdict] > 0 {
            parts.append("\(verdict.name(in: language)) \(summary[verdict])")
        }
        return Label.files(summary.files, in: language) + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    /// A threshold, exactly as the standard wrote it.
    private static func number(_ threshold: Double, unit: MeasureUnit, in language: Language) -> String {
        NumberText.exact(threshold, in: language) + (unit == .percent ? "%" : "")
    }
}

extension IndicatorResult {
    /// The values the level stands for, between the thresholds that bound it.
    var span: ValueSpan {
        switch (threshold, level) {
        case (.graded(let minimal, _), .noncompliant): .below(minimal.from)
        case (.graded(let minimal, let maximal), .minimal):
            ValueSpan(lower: (minimal.from, true), upper: (maximal.from, false))
        case (.graded(_, let maximal), .maximal): .from(maximal.from)
        case (.requirement(let bound, let limit), .meets): .requirement(bound, limit, met: true)
        case (.requirement(let bound, let limit), .noncompliant): .requirement(bound, limit, met: false)
        default: .any
        }
    }
}

extension Verdict {
    /// Best first, as summaries list the verdicts of services.
    static let reportOrder: [Verdict] = [.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .error]

    /// Best first, as totals list the verdicts of files of every kind of document.
    static let fileOrder: [Verdict] = [.maximal, .minimal, .compliant, .incomplete, .noncompliant, .notAssessed, .error]
}
