import GSZYAML

/// The JSON of the README: `{"files": […], "summary": {…}}`, keys in a fixed order.
public struct JSONFormat: OutputFormat {
    let options: RenderOptions
    /// Hint sentences kept as JSON string literals, quotes and escapes included.
    private let hints: HintTexts<[UInt8]>

    public init(options: RenderOptions) {
        self.options = options
        hints = HintTexts(language: options.language) { $0.writeJSONString($1) }
    }

    public func begin(into output: inout OutputBuffer) {
        var json = JSONWriter(output)
        json.beginObject()
        json.key("files")
        json.beginArray()
        output = json.finish()
    }

    /// One item of `files`, each on a line of its own after the ones before it.
    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        var json = JSONWriter(output, first: position == 0)
        json.line(2)
        json.beginObject()
        json.key("path"); json.string(result.path)
        json.key("document"); json.word(result.document.rawValue)
        json.key("verdict"); json.word(result.verdict.rawValue)
        json.key("passes"); json.bool(result.verdict.passes(options.required))
        json.line(3)
        json.key("errors"); write(result.errors, into: &json)
        json.key("warnings"); write(result.warnings, into: &json)
        if let identity = result.identity {
            json.line(3)
            json.key("report")
            json.beginObject()
            json.key("ngo"); json.string(identity.ngo)
            json.key("bin"); json.string(identity.bin)
            json.key("project"); json.string(identity.project)
            json.endObject()
        }
        if let subject = result.subject {
            json.line(3)
            json.key("subject"); json.string(subject)
        }
        if result.document == .report {
            json.array("services", line: 3, result.services) { service, json in write(service, into: &json) }
        }
        JSONFindings(language: options.language).write(result, into: &json)
        json.endObject()
        output = json.finish()
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        var json = JSONWriter(output, first: summary.files == 0)
        if summary.files > 0 { json.line(1) }
        json.endArray()
        json.line(1)
        json.key("summary"); Self.write(summary, required: options.required, into: &json)
        json.line(1)
        json.key("standard")
        json.beginObject()
        json.key("id"); json.string(options.standard.id)
        json.key("version"); json.string(options.standard.version)
        json.endObject()
        json.endObject()
        output = json.finish()
        output.write(literal: "\n")
    }

    /// `{"files": 6, "maximal": 1, …, "error": 1}`: the JSON summary object, which SARIF's
    /// run properties repeat. With `required`, it ends with the level and the files that
    /// pass and fail it.
    static func writeCounts(_ summary: BatchSummary, required: RequiredLevel? = nil, into output: inout OutputBuffer) {
        var json = JSONWriter(output)
        write(summary, required: required, into: &json)
        output = json.finish()
    }

    /// The batch's counts as one object (`summary` in JSON, the run's `summary` property in SARIF).
    static func write(_ summary: BatchSummary, required: RequiredLevel?, into json: inout JSONWriter) {
        json.beginObject()
        json.key("files"); json.number(summary.files)
        // `compliant` belongs to documents judged by rules; a batch of reports keeps the
        // summary the contract shows, key for key.
        let verdicts: [Verdict] = summary[.compliant] > 0
            ? [.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .compliant, .error]
            : [.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .error]
        for verdict in verdicts {
            json.key(word: verdict.rawValue); json.number(summary[verdict])
        }
        if let required {
            json.key("required"); json.word(required.rawValue)
            json.key("passing"); json.number(summary.files - summary.failing)
            json.key("failing"); json.number(summary.failing)
        }
        json.endObject()
    }

    private func write(_ service: ServiceResult, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(service.id)
        json.key("kind"); json.string(service.kind)
        json.key("form"); json.string(service.form)
        if let title = service.title {
            json.key("title"); json.string(title)
        }
        json.key("verdict"); json.word(service.verdict.rawValue)
        json.place(service.location)
        // The closure holds the hints alone: holding `self` would copy the options, standard
        // and all, for every service.
        let hints = self.hints
        json.array("indicators", line: 5, service.indicators) { indicator, json in
            Self.write(indicator, hints: hints, into: &json)
        }
        json.endObject()
    }

    private static func write(_ indicator: IndicatorResult, hints: HintTexts<[UInt8]>, into json: inout JSONWriter) {
        let definition = indicator.definition
        json.beginObject()
        json.key("id"); json.string(definition.id)
        json.key("level"); json.word(indicator.level.rawValue)
        json.key("value")
        if let whole = indicator.whole { json.number(whole) } else { json.number(indicator.value) }
        let (minimal, maximal): (Double?, Double?) = switch indicator.threshold {
        case .graded(let minimal, let maximal): (minimal.from, maximal.from)
        case .requirement(.atLeast, let threshold): (threshold, nil)
        case .requirement(.atMost, let threshold): (nil, threshold)
        }
        json.key("minimal"); json.number(minimal)
        json.key("maximal"); json.number(maximal)
        json.key("check"); json.word(definition.check.rawValue)
        json.key("unit"); json.word(definition.unit.rawValue)
        json.line(7)
        json.key("message"); json.encoded(hints.text(indicator.hint))
        json.place(indicator.location)
        json.endObject()
    }

    private func write(_ diagnostics: [Diagnostic], into json: inout JSONWriter) {
        json.beginArray()
        for diagnostic in diagnostics {
            json.beginObject()
            json.key("message"); json.string(diagnostic.message.text(in: options.language))
            json.place(diagnostic.location)
            json.key("code"); json.word(diagnostic.message.id)
            json.endObject()
        }
        json.endArray()
    }
}
