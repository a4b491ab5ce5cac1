/// The part of the HTML page for documents judged by rules: who the document is from, a
/// table of the rules applied (rule, item, level, sentence), and each competition topic's
/// outcome with its ranking.
struct HTMLFindings {
    let language: Language

    /// Everything `result` has beyond a report's parts; nothing for a report.
    func write(_ result: FileResult, into output: inout OutputBuffer) {
        guard result.document != .report else { return }
        if let subject = result.subject {
            output.write("<p class=\"who\">")
            output.element("b", text: subject)
            output.write("</p>\n")
        }
        if !result.findings.isEmpty { writeFindings(result.findings, into: &output) }
        for outcome in result.outcomes { writeOutcome(outcome, into: &output) }
    }

    /// The table of `findings`: rule and item, level, sentence.
    func writeFindings(_ findings: [RuleFinding], into output: inout OutputBuffer) {
        output.write("<article class=\"service\">\n<table class=\"auto\">\n<thead><tr>")
        output.element("th", text: Label.indicator.text(in: language))
        output.element("th", text: Label.level.text(in: language))
        output.element("th", text: Label.hint.text(in: language))
        output.write("</tr></thead>\n<tbody>\n")
        for finding in findings {
            output.write("<tr><td><code>")
            output.writeEscapedMarkup(finding.rule)
            output.write("</code>")
            if let item = finding.item {
                output.write(" ")
                output.writeEscapedMarkup(item)
            }
            output.write("</td><td class=\"level l-\(finding.level.rawValue)\">")
            output.writeEscapedMarkup(finding.level.name(in: language))
            output.write(finding.level == .meets ? "</td><td class=\"done\">" : "</td><td>")
            output.writeEscapedMarkup(finding.message[language])
            output.write("</td></tr>\n")
        }
        output.write("</tbody>\n</table>\n</article>\n")
    }

    private func writeOutcome(_ outcome: TopicOutcome, into output: inout OutputBuffer) {
        output.write("<article class=\"service\">\n<h3>")
        output.element("span", class: "service-id", text: outcome.id)
        if let title = outcome.title {
            output.write(" ")
            output.element("span", text: title)
        }
        output.write("</h3>\n")
        output.element("p", text: outcome.explanation[language])
        output.write("\n")
        guard !outcome.ranking.isEmpty else {
            output.write("</article>\n")
            return
        }
        output.write("<table class=\"auto\">\n<tbody>\n")
        for (place, entry) in outcome.ranking.enumerated() {
            output.write("<tr><td class=\"num\">\(place + 1)</td>")
            output.element("td", text: entry.id)
            output.element("td", class: "num", text: NumberText.short(entry.score, in: language))
            output.element("td", class: "num", text: NumberText.short(entry.percent, in: language) + "%")
            output.write("</tr>\n")
        }
        output.write("</tbody>\n</table>\n</article>\n")
    }
}
