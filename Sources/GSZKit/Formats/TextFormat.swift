import GSZYAML

/// For people at a terminal: each file's verdict, then each service with its indicators
/// (value, thresholds, level, what to do next), errors with the line they point at, and a
/// one-line summary.
public struct TextFormat: OutputFormat {
    public static let name = FormatName.text
    let options: RenderOptions
    private let printer: DiagnosticPrinter
    private let hints: HintTexts<String>

    public init(options: RenderOptions) {
        self.options = options
        printer = DiagnosticPrinter(language: options.language, color: options.color)
        hints = HintTexts(language: options.language)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {}

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        if position > 0 { output.write("\n") }
        output.write(paint(result.path, "1") + ": " + verdictText(result.verdict) + "\n")
        if let identity = result.identity {
            var parts: [String] = []
            if let ngo = identity.ngo { parts.append(ngo) }
            if let bin = identity.bin { parts.append("\(Label.bin.text(in: language)) \(bin)") }
            var line = parts.joined(separator: ", ")
            if let project = identity.project { line += (line.isEmpty ? "" : " — ") + project }
            if !line.isEmpty { output.write("  " + line + "\n") }
        }
        for diagnostic in result.errors + result.warnings {
            output.write(printer.render(diagnostic, source: result.source))
        }
        for service in result.services { writeService(service, into: &output) }
    }

    private func writeService(_ service: ServiceResult, into output: inout OutputBuffer) {
        let kind = options.standard.kind(service.kind)
        let formName = service.form.flatMap { id in kind?.forms.first { $0.id == id }?.name[language] }
        var heading = "  " + paint(service.id, "1") + "  " + (formName ?? kind?.name[language] ?? service.kind)
        if let title = service.title { heading += " " + Wording.quote(title, language) }
        output.write(heading + ": " + verdictText(service.verdict) + "\n")
        let nameWidth = service.indicators.map { $0.definition.name[language].count }.max() ?? 0
        let valueTexts = service.indicators.map { valueText($0) }
        let valueWidth = valueTexts.map(\.count).max() ?? 0
        let levelTexts = service.indicators.map { $0.level.name(in: language) }
        let levelWidth = levelTexts.map(\.count).max() ?? 0
        for (index, indicator) in service.indicators.enumerated() {
            let name = pad(indicator.definition.name[language], nameWidth)
            let value = pad(valueTexts[index], valueWidth)
            let level = paint(pad(levelTexts[index], levelWidth), levelColor(indicator.level))
            output.write("      \(name)  \(value)  \(level)  \(hints.text(indicator.hint))\n")
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        var parts: [String] = []
        for verdict in [Verdict.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .error] where summary[verdict] > 0 {
            parts.append("\(verdictText(verdict)) \(summary[verdict])")
        }
        let counts = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
        output.write("\n" + paint(Label.total.text(in: language), "1") + " — " + Label.files(summary.files, in: language) + counts + "\n")
    }

    private func valueText(_ indicator: IndicatorResult) -> String {
        FindingText.value(indicator, in: language)
    }

    private func verdictText(_ verdict: Verdict) -> String {
        let color = switch verdict {
        case .maximal: "1;32"
        case .minimal: "1;33"
        case .incomplete: "1;35"
        case .noncompliant, .error: "1;31"
        case .notAssessed: "2"
        }
        return paint(verdict.name(in: language), color)
    }

    private func levelColor(_ level: IndicatorLevel) -> String {
        switch level {
        case .maximal, .meets: "32"
        case .minimal: "33"
        case .missing: "35"
        case .noncompliant: "31"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        options.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
