/// The HTML page's section for a competition, one a commission could attach to its
/// minutes: the commission and its shares, each topic's ranking with the scores per
/// criterion and its outcome, then every rule broken or left without its input.
struct HTMLCompetition {
    let language: Language

    /// The section for `result`, a competition that could be read; its findings and outcomes
    /// the generic way when the result has no sheet.
    func write(_ result: FileResult, into output: inout OutputBuffer) {
        guard let sheet = result.competition else { return HTMLFindings(language: language).write(result, into: &output) }
        if let subject = result.subject {
            output.write("<p class=\"who\">")
            output.writeEscapedMarkup(CompetitionWord.operatorLabel.text(in: language) + ": ")
            output.element("b", text: subject)
            output.write("</p>\n")
        }
        if let commission = sheet.commission { writeCommission(commission, sheet: sheet, into: &output) }
        for outcome in result.outcomes { writeTopic(outcome, sheet: sheet, into: &output) }
        writeBroken(result.findings, into: &output)
    }

    private func writeCommission(_ commission: [CompetitionSheet.Member], sheet: CompetitionSheet, into output: inout OutputBuffer) {
        output.write("<article class=\"service\">\n")
        output.element("h3", text: CompetitionWord.commission.text(in: language))
        output.write("\n<table class=\"auto\">\n<thead><tr>")
        for heading in [CompetitionWord.name, .role, .proposedBy, .staff] {
            output.element("th", text: heading.text(in: language))
        }
        output.write("</tr></thead>\n<tbody>\n")
        for member in commission {
            output.write("<tr>")
            output.element("td", text: member.name)
            output.element("td", text: CompetitionWord.role(member.role).text(in: language))
            output.element("td", text: member.role == .secretary ? "—" : member.proposedBy.map { CompetitionWord.proposer($0).text(in: language) } ?? "?")
            output.element("td", text: member.operatorStaff.map { CompetitionWord.yesNo($0).text(in: language) } ?? "?")
            output.write("</tr>\n")
        }
        output.write("</tbody>\n</table>\n")
        let members = commission.filter { $0.role != .secretary }
        let operators = members.filter { $0.proposedBy == .operator }.count
        let ngos = members.filter { $0.proposedBy == .ngo }.count
        output.element("p", class: "note", text: CompetitionWord.shares(people: commission.count, members: members.count,
                                                                        operators: operators, ngos: ngos, sheet: sheet, in: language))
        output.write("\n</article>\n")
    }

    private func writeTopic(_ outcome: TopicOutcome, sheet: CompetitionSheet, into output: inout OutputBuffer) {
        output.write("<article class=\"service\">\n<h3>")
        let verdict: Verdict = outcome.held ? .compliant : .incomplete
        output.element("span", class: "badge " + HTMLPage.verdictClass(verdict),
                       text: CompetitionWord.outcome(held: outcome.held, ground: outcome.ground, in: language))
        output.write(" ")
        output.element("span", class: "service-id", text: outcome.id)
        if let title = outcome.title {
            output.write(" ")
            output.element("span", text: title)
        }
        output.write("</h3>\n")
        output.element("p", text: outcome.explanation[language])
        output.write("\n")
        if !outcome.ranking.isEmpty {
            output.write("<table class=\"auto\">\n<thead><tr>")
            output.element("th", class: "num", text: "№")
            output.element("th", text: CompetitionWord.application.text(in: language))
            for criterion in sheet.criteria {
                // No break inside the range: "(1–5)" stays whole under a wrapped name.
                let range = "\u{00A0}(\(criterion.range.lowerBound)\u{2060}–\u{2060}\(criterion.range.upperBound))"
                output.element("th", class: "num", text: criterion.name[language] + range)
            }
            output.element("th", class: "num", text: CompetitionWord.score.text(in: language) + " (\(sheet.maximum))")
            output.element("th", class: "num", text: "%")
            output.write("</tr></thead>\n<tbody>\n")
            for (place, entry) in outcome.ranking.enumerated() {
                output.write(entry.id == outcome.winner ? "<tr class=\"winner\">" : "<tr>")
                output.write("<td class=\"num\">\(place + 1)</td>")
                output.element("td", text: entry.id == outcome.winner ? entry.id + " ★" : entry.id)
                for value in entry.criteria { output.element("td", class: "num", text: NumberText.short(value, in: language)) }
                output.element("td", class: "num", text: NumberText.short(entry.score, in: language))
                output.element("td", class: "num", text: NumberText.short(entry.percent, in: language) + "%")
                output.write("</tr>\n")
            }
            output.write("</tbody>\n</table>\n")
        }
        output.write("</article>\n")
    }

    private func writeBroken(_ findings: [RuleFinding], into output: inout OutputBuffer) {
        let broken = findings.filter { $0.level != .meets }
        output.write("<article class=\"service\">\n")
        output.element("h3", text: CompetitionWord.broken.text(in: language))
        output.write("\n")
        guard !broken.isEmpty else {
            output.element("p", class: "note", text: CompetitionWord.noneBroken(findings.count, in: language))
            output.write("\n</article>\n")
            return
        }
        output.write("</article>\n")
        HTMLFindings(language: language).writeFindings(broken, into: &output)
    }
}
