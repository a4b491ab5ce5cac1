import GSZYAML

/// GitHub-flavoured Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`.
///
/// A table with a row per file (NGO, verdict, services, services per verdict; "—" for a
/// document without services); then, as
/// trailers, a section per file: a table with a row per service and a column per indicator
/// (value and level), what to do about each indicator below `--require`, errors and
/// warnings; then the totals. Verdicts read `minimal (`minimal`)`: the reader's word, then
/// the id that the other formats and the exit status go by.
///
/// The per-file sections are trailers, held by `RenderDriver` until the last row is written, so
/// this format's memory grows with the batch; GitHub caps a job summary at 1 MiB anyway, so
/// it is meant for a pull request's reports, not a thousand files.
struct MarkdownFormat: OutputFormat {
    let options: RenderOptions
    private let hints: HintTexts<String>
    /// The service verdicts a row counts, best first.
    private static let serviceVerdicts: [Verdict] = Verdict.reportOrder.filter { $0 != .error }

    public init(options: RenderOptions) {
        self.options = options
        hints = HintTexts(language: options.language)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {
        output.write("## gsz — " + Self.escape(options.standard.name[language]) + " " + Self.escape(options.standard.version) + "\n\n")
        let columns = [Label.file, .ngo, .verdict, .services].map { $0.text(in: language) }
            + Self.serviceVerdicts.map { $0.name(in: language) }
        row(columns, into: &output)
        output.write("| --- | --- | --- |" + String(repeating: " ---: |", count: columns.count - 3) + "\n")
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        let who = result.identity?.ngo ?? result.subject ?? "—"
        var cells = [Self.escape(result.path), Self.escape(who), verdict(result.verdict, file: true)]
        // A discussion, a monitoring log or a competition has no services: "—", not a count of 0.
        let counted = result.document == .report || !result.services.isEmpty
        cells.append(counted ? String(result.services.count) : "—")
        for verdict in Self.serviceVerdicts {
            cells.append(counted ? String(result.services.count(where: { $0.verdict == verdict })) : "—")
        }
        row(cells, into: &output)
    }

    public func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        // Each block starts with the blank line that separates it from the one before.
        output.write("\n### " + Self.escape(result.path) + " — " + verdict(result.verdict, file: true) + "\n")
        if let identity = result.identity {
            let parts = [identity.ngo, identity.bin.map { Label.bin.text(in: language) + " " + $0 }, identity.project]
            output.write("\n" + parts.compactMap { $0.map(Self.escape) }.joined(separator: " · ") + "\n")
        }
        if !result.services.isEmpty { writeServices(result.services, into: &output) }
        // A line for each indicator below the required level: worded by both threads, since
        // a large report has as many as it has services.
        let (required, wordedIn, hints) = (options.required, language, hints)
        let failing = result.services.mapInHalves { service in
            service.indicators.filter { !$0.level.passes(required) }.map { indicator in
                Self.item(service.id + " · " + FindingText.finding(indicator, hint: hints.text(indicator.hint), in: wordedIn))
            }
        }
        list(Label.hint, lines: failing.joined(), into: &output)
        if let subject = result.subject { output.write("\n" + Self.escape(subject) + "\n") }
        writeFindings(result.findings, into: &output)
        for outcome in result.outcomes {
            output.write("\n**" + Self.escape(outcome.id + (outcome.title.map { " " + $0 } ?? "")) + "** — "
                + Self.escape(outcome.explanation[language]) + "\n")
        }
        list(Label.errors, result.errors.map(place), into: &output)
        list(Label.warnings, result.warnings.map(place), into: &output)
    }

    /// A row per rule applied: the rule, the item, the level and its sentence.
    private func writeFindings(_ findings: [RuleFinding], into output: inout OutputBuffer) {
        guard !findings.isEmpty else { return }
        output.write("\n")
        row([Label.indicator, .level, .hint].map { $0.text(in: language) }, into: &output)
        output.write("| --- | --- | --- |\n")
        for finding in findings {
            let rule = "`" + finding.rule + "`" + (finding.item.map { " " + Self.escape($0) } ?? "")
            row([rule, finding.level.name(in: language), Self.escape(finding.message[language])], into: &output)
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write("\n" + Self.escape(PassWording.totals(summary, required: options.required, in: language)) + "\n")
        output.write("\n**" + Label.total.text(in: language) + "** — " + FindingText.totals(summary, in: language) + "\n")
    }

    /// A row per service, a column per indicator that any of them has, in the standard's order.
    private func writeServices(_ services: [ServiceResult], into output: inout OutputBuffer) {
        // One pass over the services: asking of each indicator whether any service has it
        // would go through all of them for every indicator none has.
        var present = Set<String>()
        for service in services { for indicator in service.indicators { present.insert(indicator.id) } }
        let indicators = options.standard.indicators.filter { present.contains($0.id) }
        output.write("\n")
        row([Label.service, .form, .verdict].map { $0.text(in: language) } + indicators.map { Self.escape($0.name[language]) },
            into: &output)
        output.write("|" + String(repeating: " --- |", count: 3 + indicators.count) + "\n")
        output.write(services, inHalves: { services, output in writeRows(services, indicators: indicators, into: &output) })
    }

    private func writeRows(
        _ services: ArraySlice<ServiceResult>, indicators: [IndicatorDefinition], into output: inout OutputBuffer
    ) {
        // Rows are written cell by cell, and the words that repeat (a verdict, a level) are
        // worded once a run of rows: a large report has a hundred thousand rows.
        var verdicts: [Verdict: String] = [:]
        for service in services {
            output.write(literal: "| ")
            output.write(Self.escape(service.id))
            output.write(literal: " | ")
            output.write(Self.escape(FindingText.formName(service, in: options.standard, language: language)))
            output.write(literal: " | ")
            if verdicts[service.verdict] == nil { verdicts[service.verdict] = verdict(service.verdict, file: false) }
            output.write(verdicts[service.verdict]!)  // set on the line above
            for definition in indicators {
                output.write(literal: " | ")
                guard let indicator = service.indicators.first(where: { $0.id == definition.id }) else { continue }
                output.write(FindingText.value(indicator, in: language))
                output.write(literal: " ")
                output.write(indicator.level.name(in: language))
            }
            output.write(literal: " |\n")
        }
    }

    private func list(_ label: Label, _ items: [String], into output: inout OutputBuffer) {
        list(label, lines: items.map(Self.item), into: &output)
    }

    /// A list under `label`, each line already made by `item`; nothing when there are none.
    private func list(_ label: Label, lines: some Collection<String>, into output: inout OutputBuffer) {
        guard !lines.isEmpty else { return }
        output.write("\n**" + label.text(in: language) + "**\n\n")
        for line in lines { output.write(line) }
    }

    /// `- text`, escaped, on a line of its own.
    private static func item(_ text: String) -> String {
        "- " + escape(text) + "\n"
    }

    private func place(_ diagnostic: Diagnostic) -> String {
        (diagnostic.location.map { "\($0) — " } ?? "") + diagnostic.message.text(in: language)
    }

    /// `✅ minimal (`minimal`)`; the mark only on files, where it says pass or fail.
    private func verdict(_ verdict: Verdict, file: Bool) -> String {
        let mark = !file ? "" : verdict == .error ? "⛔ " : verdict.passes(options.required) ? "✅ " : "❌ "
        return mark + Self.escape(verdict.name(in: language)) + " (`" + verdict.rawValue + "`)"
    }

    private func row(_ cells: [String], into output: inout OutputBuffer) {
        output.write("| " + cells.joined(separator: " | ") + " |\n")
    }

    /// `text` as literal Markdown in a table cell or a list item: the punctuation that
    /// would start code, emphasis, links, HTML or a cell boundary backslash-escaped, after
    /// `VisibleText` has made line breaks (which would end a row), controls and bidi
    /// overrides visible escapes.
    static func escape(_ text: String) -> String {
        let visible = VisibleText.escape(text)
        // Most texts hold none of the characters Markdown gives a meaning to (all ASCII): they
        // go out as they are, without being rebuilt scalar by scalar.
        let hasMarkup = visible.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkup) }
            ?? visible.utf8.contains(where: isMarkup)
        guard hasMarkup else { return visible }
        var escaped = ""
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#":
                escaped += "\\"
                escaped.unicodeScalars.append(scalar)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "&"),
             UInt8(ascii: "~"), UInt8(ascii: "#"): true
        default: false
        }
    }
}
