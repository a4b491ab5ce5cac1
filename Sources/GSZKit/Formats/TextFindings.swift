/// The part of the text format for documents judged by rules: each rule applied, with its
/// level and sentence, and each competition topic's outcome with its ranking.
struct TextFindings {
    let language: Language
    let style: TerminalStyle

    /// The rules and outcomes of `result`; nothing for a report.
    func write(_ result: FileResult, into output: inout OutputBuffer) {
        guard result.document != .report else { return }
        if let subject = result.subject { output.write("  " + VisibleText.escape(subject) + "\n") }
        let width = result.findings.map { label($0).characterCount }.max() ?? 0
        if !result.findings.isEmpty { output.write("\n") }
        for finding in result.findings {
            output.write("      " + Columns.pad(label(finding), width) + "  "
                + style.level(finding.level, finding.level.name(in: language)) + "\n")
            let lines = TextFormat.wrap(VisibleText.escape(finding.message[language]), columns: TextFormat.width - 10)
            output.write("        " + style.dim("↳") + " " + lines.joined(separator: "\n          ") + "\n")
        }
        for outcome in result.outcomes { write(outcome, into: &output) }
    }

    /// `application.admission A1`: the rule and the item it was applied to (the document's
    /// own id, so made visible).
    private func label(_ finding: RuleFinding) -> String {
        finding.item.map { finding.rule + " " + VisibleText.escape($0) } ?? finding.rule
    }

    private func write(_ outcome: TopicOutcome, into output: inout OutputBuffer) {
        // Ids and titles are the document's own text: shown, never acted on.
        var heading = "\n  " + style.bold(VisibleText.escape(outcome.id))
        if let title = outcome.title { heading += "  " + VisibleText.escape(title) }
        output.write(heading + "\n")
        for (place, entry) in outcome.ranking.enumerated() {
            output.write("      \(place + 1). " + VisibleText.escape(entry.id) + "  " + NumberText.short(entry.score, in: language)
                + "  " + NumberText.short(entry.percent, in: language) + "%\n")
        }
        let lines = TextFormat.wrap(VisibleText.escape(outcome.explanation[language]), columns: TextFormat.width - 10)
        output.write("        " + style.dim("↳") + " " + lines.joined(separator: "\n          ") + "\n")
    }
}
