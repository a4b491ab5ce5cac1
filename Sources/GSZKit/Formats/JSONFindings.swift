import GSZYAML

/// The JSON of what documents judged by rules add to a file's entry (contract §7, §10):
/// `findings`, one object per rule applied, and, for a competition, `topics`.
struct JSONFindings {
    let language: Language

    /// `"findings": [...]` and, for a competition, `"topics": [...]`; nothing for a report.
    func write(_ result: FileResult, into json: inout JSONWriter) {
        guard result.document != .report else { return }
        json.array("findings", line: 3, result.findings) { finding, json in write(finding, into: &json) }
        guard result.document == .competition else { return }
        json.array("topics", line: 3, result.outcomes) { outcome, json in write(outcome, into: &json) }
    }

    /// `{"rule", "level", "message", "line", "column"}`, then `item`, `due`/`actual` (always
    /// both for a deadline rule) and `value`/`limit` where the finding has them.
    private func write(_ finding: RuleFinding, into json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(finding.rule)
        json.key("level"); json.word(finding.level.rawValue)
        json.key("message"); json.string(finding.message[language])
        json.lineAndColumn(finding.location)
        if let item = finding.item {
            json.key("item"); json.string(item)
        }
        if finding.isDeadline {
            json.key("due"); json.string(finding.due?.description)
            json.key("actual"); json.string(finding.actual?.description)
        }
        if finding.value != nil || finding.limit != nil {
            json.key("value"); json.number(finding.value)
            json.key("limit"); json.number(finding.limit)
        }
        json.endObject()
    }

    /// `{"id", "outcome", "ground", "winner", "ranking": [{"id", "score", "percent"}], "message"}`.
    private func write(_ outcome: TopicOutcome, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(outcome.id)
        json.key("outcome"); json.word(outcome.held ? "held" : "failed")
        json.key("ground"); json.number(outcome.ground)
        json.key("winner"); json.string(outcome.winner)
        json.line(5)
        json.key("ranking")
        json.beginArray()
        for entry in outcome.ranking {
            json.beginObject()
            json.key("id"); json.string(entry.id)
            json.key("score"); json.number(entry.score)
            json.key("percent"); json.number(entry.percent)
            json.endObject()
        }
        json.endArray()
        json.key("message"); json.string(outcome.explanation[language])
        json.endObject()
    }
}
