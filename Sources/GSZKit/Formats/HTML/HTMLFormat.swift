import GSZYAML

/// One self-contained HTML page for people: a verdict badge per file and service, each
/// indicator with its value, thresholds, level and what to do next, the input errors with
/// their lines quoted, the warnings, and the counts over the batch. Everything from a
/// report is escaped; nothing depends on the clock, so the same files give the same bytes.
public struct HTMLFormat: OutputFormat {
    let options: RenderOptions
    /// Hint sentences kept already escaped: a batch repeats a few hundred of them.
    private let hints: HintTexts<[UInt8]>
    /// The head of every service's table, the same for each: written once, copied after.
    private let tableHead: [UInt8]
    /// Each verdict's badge, written once: every service has one.
    private let badges: [Verdict: [UInt8]]

    public init(options: RenderOptions) {
        self.options = options
        hints = HintTexts(language: options.language) { $0.writeEscapedMarkup($1) }
        tableHead = Self.tableHead(in: options.language)
        badges = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { verdict in
            var output = OutputBuffer()
            HTMLPage.badge(verdict, options.language, into: &output)
            return (verdict, output.bytes)
        })
    }

    private static func tableHead(in language: Language) -> [UInt8] {
        var output = OutputBuffer()
        // Fixed column widths, so the tables of every service line up down the page.
        output.write("<table>\n<colgroup><col class=\"indicator\"><col class=\"value\"><col class=\"threshold\">")
        output.write("<col class=\"level\"><col></colgroup>\n<thead><tr>")
        output.element("th", text: Label.indicator.text(in: language))
        output.element("th", class: "num", text: Label.value.text(in: language))
        output.element("th", class: "num", text: Label.threshold.text(in: language))
        output.element("th", text: Label.level.text(in: language))
        output.element("th", text: Label.hint.text(in: language))
        output.write("</tr></thead>\n<tbody>\n")
        return output.bytes
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {
        let title = Label.reportCheck.text(in: language)
        HTMLPage.begin(title: title, subtitle: HTMLPage.subtitle(options.standard, toolVersion: options.toolVersion, language: language),
                       language: language, generator: "gsz \(options.toolVersion)", css: HTMLBatch.css, into: &output)
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        output.write("<section class=\"file \(HTMLPage.verdictClass(result.verdict))\" id=\"file-\(position + 1)\">\n<h2>")
        HTMLPage.badge(result.verdict, language, into: &output)
        output.write(" ")
        output.element("span", class: "path", text: result.path)
        HTMLPassing.mark(result.verdict, required: options.required, language: language, into: &output)
        output.write("</h2>\n")
        if let identity = result.identity { writeIdentity(identity, into: &output) }
        writeDiagnostics(result.errors, heading: .errors, kind: "errors", source: result.source, into: &output)
        writeDiagnostics(result.warnings, heading: .warnings, kind: "warnings", source: result.source, into: &output)
        output.write(result.services, inHalves: { services, output in
            var thresholds = ThresholdTexts(language: language)
            for service in services { writeService(service, thresholds: &thresholds, into: &output) }
        })
        if result.document == .competition {
            HTMLCompetition(language: language).write(result, into: &output)
        } else {
            HTMLFindings(language: language).write(result, into: &output)
        }
        output.write("</section>\n")
    }

    /// The file's entry in the index at the top (`HTMLBatch`).
    public func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        HTMLBatch(options: options).trailer(result, position: position, into: &output)
    }

    /// The counts over the batch; shown first on screen (CSS `order`), written last because
    /// the page streams.
    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        HTMLBatch(options: options).end(summary, into: &output)
        output.write("<section class=\"totals\">\n<h2>")
        output.writeEscapedMarkup(Label.total.text(in: language) + ": " + Label.files(summary.files, in: language))
        output.write("</h2>\n<ul class=\"counts\">")
        for verdict in Verdict.fileOrder where summary[verdict] > 0 {
            output.write("<li>")
            HTMLPage.badge(verdict, language, into: &output)
            output.write(" ")
            output.write(summary[verdict])
            output.write("</li>")
        }
        if summary.warnings > 0 {
            output.write("<li class=\"plain\">")
            output.writeEscapedMarkup(Label.warnings.text(in: language) + ": ")
            output.write(summary.warnings)
            output.write("</li>")
        }
        output.write("</ul>\n")
        HTMLPassing.totals(summary, required: options.required, language: language, into: &output)
        output.write("</section>\n")
        HTMLPage.end(into: &output)
    }

    /// `НПО: ОФ «Болашақ» · БИН 180540012343 · Проект: … · Период: …`.
    private func writeIdentity(_ identity: ReportIdentity, into output: inout OutputBuffer) {
        let parts: [(Label, String?)] = [
            (.ngo, identity.ngo), (.bin, identity.bin), (.project, identity.project), (.period, identity.period?.description),
        ]
        output.write("<p class=\"who\">")
        var first = true
        for case let (label, value?) in parts {
            if !first { output.write(" · ") }
            first = false
            output.writeEscapedMarkup(label.text(in: language) + ": ")
            output.element("b", text: value)
        }
        output.write("</p>\n")
    }

    private func writeService(_ service: ServiceResult, thresholds: inout ThresholdTexts, into output: inout OutputBuffer) {
        output.write("<article class=\"service\">\n<h3>")
        badges[service.verdict]?.withUnsafeBufferPointer { output.append($0) }  // every verdict is there
        output.write(" ")
        output.element("span", class: "service-id", text: service.id)
        // `<span>form «title»</span>`, escaped piece by piece: escaping goes character by
        // character, so the pieces come out as the whole would.
        output.write(literal: " <span>")
        output.writeEscapedMarkup(FindingText.formName(service, in: options.standard, language: language))
        if let title = service.title {
            output.write(literal: " ")
            output.writeEscapedMarkup(Wording.quote(title, language))
        }
        output.write(literal: "</span></h3>\n")
        guard !service.indicators.isEmpty else {
            output.element("p", class: "note", text: Label.noThresholds.text(in: language))
            output.write("\n</article>\n")
            return
        }
        tableHead.withUnsafeBufferPointer { output.append($0) }
        for indicator in service.indicators {
            output.write("<tr>")
            output.element("td", text: indicator.definition.name[language])
            output.element("td", class: "num", text: FindingText.value(indicator, in: language))
            output.write(literal: "<td class=\"num\">")
            thresholds.text(indicator).withUnsafeBufferPointer { output.append($0) }
            output.write(literal: "</td>")
            output.write(literal: "<td class=\"level l-")
            output.write(indicator.level.rawValue)
            output.write(literal: "\">")
            output.writeEscapedMarkup(indicator.level.name(in: language))
            output.write(FindingText.asksForAction(indicator) ? "</td><td>" : "</td><td class=\"done\">")
            hints.text(indicator.hint).withUnsafeBufferPointer { output.append($0) }
            output.write("</td></tr>\n")
        }
        output.write("</tbody>\n</table>\n</article>\n")
    }

    /// Errors or warnings, each with its place and the source line under it, a caret at the
    /// column, as the terminal shows them.
    private func writeDiagnostics(
        _ diagnostics: [Diagnostic], heading: Label, kind: String, source: [UInt8], into output: inout OutputBuffer
    ) {
        guard !diagnostics.isEmpty else { return }
        output.write("<div class=\"problems \(kind)\">\n")
        output.element("h4", text: heading.text(in: language))
        output.write("\n<ol>\n")
        var cursor = SourceCursor(source: source)
        for diagnostic in diagnostics {
            output.write("<li>")
            if let location = diagnostic.location {
                output.element("span", class: "where", text: location.sheet == nil
                    ? Label.place(line: location.line, column: location.column, in: language) : location.description)
                output.write(" — ")
            }
            output.writeEscapedMarkup(diagnostic.message.text(in: language))
            for note in diagnostic.notes {
                output.write("<br>")
                output.writeEscapedMarkup(note.text(in: language))
            }
            if let location = diagnostic.location, let excerpt = cursor.excerpt(at: location) {
                let number = String(location.line)
                output.write("\n<pre>")
                output.writeEscapedMarkup("\(number) | \(excerpt.line)\n\(String(repeating: " ", count: number.count)) | \(excerpt.caretIndent)")
                output.write("<span class=\"caret\">^</span></pre>")
            }
            output.write("</li>\n")
        }
        output.write("</ol>\n</div>\n")
    }
}

/// `50 → 85%` for each threshold, escaped, kept by one thread while it writes a run of
/// services: a report's services share a few thresholds.
private struct ThresholdTexts {
    let language: Language
    private var written: [Key: [UInt8]] = [:]

    private struct Key: Hashable {
        let threshold: Threshold
        let unit: MeasureUnit
    }

    init(language: Language) { self.language = language }

    mutating func text(_ indicator: IndicatorResult) -> [UInt8] {
        let key = Key(threshold: indicator.threshold, unit: indicator.definition.unit)
        if let text = written[key] { return text }
        var output = OutputBuffer()
        output.writeEscapedMarkup(FindingText.compactThresholds(indicator, in: language))
        written[key] = output.bytes
        return output.bytes
    }
}
