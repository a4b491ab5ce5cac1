import GSZYAML

/// The JSON of what documents judged by rules add to a file's entry (contract §7, §10):
/// `findings`, one object per rule applied, and, for a competition, `topics`.
struct JSONFindings {
    let language: Language

    /// `, "findings": [...]` and, for a competition, `, "topics": [...]`; nothing for a report.
    func write(_ result: FileResult, into output: inout OutputBuffer) {
        guard result.document != .report else { return }
        output.write(literal: ",\n   \"findings\": [")
        for (index, finding) in result.findings.enumerated() {
            output.write(index == 0 ? "\n    " : ",\n    ")
            write(finding, into: &output)
        }
        output.write(result.findings.isEmpty ? "]" : "]")
        guard result.document == .competition else { return }
        output.write(literal: ",\n   \"topics\": [")
        for (index, outcome) in result.outcomes.enumerated() {
            output.write(index == 0 ? "\n    " : ",\n    ")
            write(outcome, into: &output)
        }
        output.write(literal: "]")
    }

    /// `{"rule", "level", "message", "line", "column"}`, then `item`, `due`/`actual` (always
    /// both for a deadline rule) and `value`/`limit` where the finding has them.
    private func write(_ finding: RuleFinding, into output: inout OutputBuffer) {
        output.write(literal: "{\"rule\": ")
        output.writeJSONString(finding.rule)
        output.write(literal: ", \"level\": \"")
        output.write(finding.level.rawValue)
        output.write(literal: "\", \"message\": ")
        output.writeJSONString(finding.message[language])
        writePlace(finding.location, into: &output)
        if let item = finding.item {
            output.write(literal: ", \"item\": ")
            output.writeJSONString(item)
        }
        if finding.isDeadline {
            output.write(literal: ", \"due\": ")
            writeDate(finding.due, into: &output)
            output.write(literal: ", \"actual\": ")
            writeDate(finding.actual, into: &output)
        }
        if finding.value != nil || finding.limit != nil {
            output.write(literal: ", \"value\": ")
            writeNumber(finding.value, into: &output)
            output.write(literal: ", \"limit\": ")
            writeNumber(finding.limit, into: &output)
        }
        output.write(literal: "}")
    }

    /// `{"id", "outcome", "ground", "winner", "ranking": [{"id", "score", "percent"}], "message"}`.
    private func write(_ outcome: TopicOutcome, into output: inout OutputBuffer) {
        output.write(literal: "{\"id\": ")
        output.writeJSONString(outcome.id)
        output.write(outcome.held ? ", \"outcome\": \"held\"" : ", \"outcome\": \"failed\"")
        output.write(literal: ", \"ground\": ")
        if let ground = outcome.ground { output.write(ground) } else { output.write(literal: "null") }
        output.write(literal: ", \"winner\": ")
        if let winner = outcome.winner { output.writeJSONString(winner) } else { output.write(literal: "null") }
        output.write(literal: ",\n     \"ranking\": [")
        for (index, entry) in outcome.ranking.enumerated() {
            output.write(index == 0 ? "{\"id\": " : ", {\"id\": ")
            output.writeJSONString(entry.id)
            output.write(literal: ", \"score\": ")
            output.writeJSONNumber(entry.score)
            output.write(literal: ", \"percent\": ")
            output.writeJSONNumber(entry.percent)
            output.write(literal: "}")
        }
        output.write(literal: "], \"message\": ")
        output.writeJSONString(outcome.explanation[language])
        output.write(literal: "}")
    }

    private func writePlace(_ location: SourceLocation?, into output: inout OutputBuffer) {
        output.write(literal: ", \"line\": ")
        if let location { output.write(location.line) } else { output.write(literal: "null") }
        output.write(literal: ", \"column\": ")
        if let location { output.write(location.column) } else { output.write(literal: "null") }
    }

    private func writeDate(_ date: CalendarDate?, into output: inout OutputBuffer) {
        if let date { output.writeJSONString(date.description) } else { output.write(literal: "null") }
    }

    private func writeNumber(_ value: Double?, into output: inout OutputBuffer) {
        if let value { output.writeJSONNumber(value) } else { output.write(literal: "null") }
    }
}
