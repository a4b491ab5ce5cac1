/// CSV for spreadsheets, RFC 4180: one row per service, a header row first.
///
/// Columns: `file, ngo, bin, service, kind, form, verdict`, then two per indicator of the
/// standard in its declared order (`<id>_value`, `<id>_level`; both empty where the
/// indicator does not apply), then `problem`, `due` and `actual`. A file with input errors is
/// one row with verdict `error` and its first error in `problem`. A document judged by rules
/// (a discussion, a competition, a monitoring log) is one row per rule applied: `service`
/// holds the item the rule was applied to, `kind` the kind of document, `form` the rule's id,
/// `verdict` the finding's level, `problem` its sentence when the rule is not met, and `due`
/// and `actual` the deadline and the date it was met on, for a rule about a deadline
/// (`YYYY-MM-DD`; empty in a service's row). They come last, so a report's columns stand where
/// they always stood.
///
/// UTF-8 without a byte-order mark, CRLF line ends, fields quoted only when they hold a
/// comma or a quote; a control or a line break in a text is written as its visible escape
/// (`\n`, `\x1B`), so every row is one line. Values are machine-readable: full precision with a
/// decimal point, levels and verdicts as their English ids; only `problem` is in the
/// reader's language. `--csv-dialect excel` (`CSVDialect`) writes what Excel in a Russian
/// or Kazakh locale opens directly.
struct CSVFormat: OutputFormat {
    let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    public func begin(into output: inout OutputBuffer) {
        var header = ["file", "ngo", "bin", "service", "kind", "form", "verdict"]
        for indicator in options.standard.indicators {
            header += [indicator.id + "_value", indicator.id + "_level"]
        }
        header += ["problem", "due", "actual"]
        output.write(options.csvDialect.preamble)
        writeRow(header, into: &output)
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        let identity = [result.path, result.identity?.ngo ?? result.subject ?? "", result.identity?.bin ?? ""]
        let blankIndicators = Array(repeating: "", count: options.standard.indicators.count * 2)
        guard result.errors.isEmpty, result.verdict != .error else {
            let problem = result.errors.first?.message.text(in: options.language) ?? ""
            writeRow(identity + ["", "", "", Verdict.error.rawValue] + blankIndicators + [problem, "", ""], into: &output)
            return
        }
        output.write(result.services, inHalves: { services, output in
            for service in services { writeService(service, identity: identity, into: &output) }
        })
        for finding in result.findings {
            let problem = finding.level == .meets ? "" : finding.message[options.language]
            writeRow(identity + [finding.item ?? "", result.document.rawValue, finding.rule, finding.level.rawValue]
                + blankIndicators + [problem, finding.due?.description ?? "", finding.actual?.description ?? ""], into: &output)
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {}

    private func writeService(_ service: ServiceResult, identity: [String], into output: inout OutputBuffer) {
        var row = identity + [service.id, service.kind, service.form ?? "", service.verdict.rawValue]
        for definition in options.standard.indicators {
            guard let indicator = service.indicators.first(where: { $0.id == definition.id }) else {
                row += ["", ""]
                continue
            }
            var number = OutputBuffer()
            if let whole = indicator.whole { number.write(whole) } else if let value = indicator.value { number.writeJSONNumber(value) }
            row += [options.csvDialect.number(String(decoding: number.bytes, as: UTF8.self)), indicator.level.rawValue]
        }
        row += ["", "", ""]
        writeRow(row, into: &output)
    }

    private func writeRow(_ fields: [String], into output: inout OutputBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.write(options.csvDialect.separator) }
            output.write(options.csvDialect.quoted(field))
        }
        output.write("\r\n")
    }

    /// The field as RFC 4180 writes it, controls escaped: in quotes, with quotes doubled,
    /// when it holds a comma or a quote; as it is otherwise.
    static func quoted(_ field: String) -> String {
        CSVDialect.rfc4180.quoted(field)
    }
}
