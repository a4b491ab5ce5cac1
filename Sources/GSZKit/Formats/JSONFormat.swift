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
        output.write(literal: "{\"files\": [")
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        output.write(position == 0 ? "\n  " : ",\n  ")
        output.write(literal: "{\"path\": ")
        output.writeJSONString(result.path)
        output.write(literal: ", \"document\": \"")
        output.write(result.document.rawValue)
        output.write(literal: "\", \"verdict\": \"")
        output.write(result.verdict.rawValue)
        output.write(literal: result.verdict.passes(options.required) ? "\", \"passes\": true" : "\", \"passes\": false")
        output.write(literal: ",\n   \"errors\": ")
        writeDiagnostics(result.errors, into: &output)
        output.write(literal: ", \"warnings\": ")
        writeDiagnostics(result.warnings, into: &output)
        if let identity = result.identity {
            output.write(literal: ",\n   \"report\": {\"ngo\": ")
            writeOptional(identity.ngo, into: &output)
            output.write(literal: ", \"bin\": ")
            writeOptional(identity.bin, into: &output)
            output.write(literal: ", \"project\": ")
            writeOptional(identity.project, into: &output)
            output.write(literal: "}")
        }
        if let subject = result.subject {
            output.write(literal: ",\n   \"subject\": ")
            output.writeJSONString(subject)
        }
        if result.document == .report {
            output.write(literal: ",\n   \"services\": [")
            for (index, service) in result.services.enumerated() {
                output.write(index == 0 ? "\n    " : ",\n    ")
                writeService(service, into: &output)
            }
            output.write(literal: "]")
        }
        JSONFindings(language: options.language).write(result, into: &output)
        output.write(literal: "}")
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write(summary.files == 0 ? "],\n \"summary\": " : "\n ],\n \"summary\": ")
        Self.writeCounts(summary, required: options.required, into: &output)
        output.write(literal: ",\n \"standard\": {\"id\": ")
        output.writeJSONString(options.standard.id)
        output.write(literal: ", \"version\": ")
        output.writeJSONString(options.standard.version)
        output.write(literal: "}}\n")
    }

    /// `{"files": 6, "maximal": 1, …, "error": 1}`: the JSON summary object, which SARIF's
    /// run properties repeat. With `required`, it ends with the level and the files that
    /// pass and fail it.
    static func writeCounts(_ summary: BatchSummary, required: RequiredLevel? = nil, into output: inout OutputBuffer) {
        output.write(literal: "{\"files\": ")
        output.write(summary.files)
        // `compliant` belongs to documents judged by rules; a batch of reports keeps the
        // summary the contract shows, key for key.
        let verdicts: [Verdict] = summary[.compliant] > 0
            ? [.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .compliant, .error]
            : [.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .error]
        for verdict in verdicts {
            output.write(literal: ", \"")
            output.write(verdict.rawValue)
            output.write(literal: "\": ")
            output.write(summary[verdict])
        }
        if let required {
            output.write(literal: ", \"required\": \"")
            output.write(required.rawValue)
            output.write(literal: "\", \"passing\": ")
            output.write(summary.files - summary.failing)
            output.write(literal: ", \"failing\": ")
            output.write(summary.failing)
        }
        output.write(literal: "}")
    }

    private func writeService(_ service: ServiceResult, into output: inout OutputBuffer) {
        output.write(literal: "{\"id\": ")
        output.writeJSONString(service.id)
        output.write(literal: ", \"kind\": ")
        output.writeJSONString(service.kind)
        output.write(literal: ", \"form\": ")
        writeOptional(service.form, into: &output)
        if let title = service.title {
            output.write(literal: ", \"title\": ")
            output.writeJSONString(title)
        }
        output.write(literal: ", \"verdict\": \"")
        output.write(service.verdict.rawValue)
        output.write(literal: "\", \"line\": ")
        output.write(service.location.line)
        output.write(literal: ", \"column\": ")
        output.write(service.location.column)
        output.writeJSONSheet(of: service.location)
        output.write(literal: ",\n     \"indicators\": [")
        for (index, indicator) in service.indicators.enumerated() {
            output.write(index == 0 ? "\n      " : ",\n      ")
            writeIndicator(indicator, into: &output)
        }
        output.write(service.indicators.isEmpty ? "]}" : "]}")
    }

    private func writeIndicator(_ indicator: IndicatorResult, into output: inout OutputBuffer) {
        let definition = indicator.definition
        output.write(literal: "{\"id\": ")
        output.writeJSONString(definition.id)
        output.write(literal: ", \"level\": \"")
        output.write(indicator.level.rawValue)
        output.write(literal: "\", \"value\": ")
        if let whole = indicator.whole {
            output.write(whole)
        } else if let value = indicator.value {
            output.writeJSONNumber(value)
        } else {
            output.write(literal: "null")
        }
        let (minimal, maximal): (Double?, Double?) = switch indicator.threshold {
        case .graded(let minimal, let maximal): (minimal.from, maximal.from)
        case .requirement(.atLeast, let threshold): (threshold, nil)
        case .requirement(.atMost, let threshold): (nil, threshold)
        }
        output.write(literal: ", \"minimal\": ")
        if let minimal { output.writeJSONNumber(minimal) } else { output.write(literal: "null") }
        output.write(literal: ", \"maximal\": ")
        if let maximal { output.writeJSONNumber(maximal) } else { output.write(literal: "null") }
        output.write(literal: ", \"check\": \"")
        output.write(definition.check.rawValue)
        output.write(literal: "\", \"unit\": \"")
        output.write(definition.unit.rawValue)
        output.write(literal: "\",\n       \"message\": ")
        hints.text(indicator.hint).withUnsafeBufferPointer { output.append($0) }
        output.write(literal: ", \"line\": ")
        output.write(indicator.location.line)
        output.write(literal: ", \"column\": ")
        output.write(indicator.location.column)
        output.writeJSONSheet(of: indicator.location)
        output.write(literal: "}")
    }

    private func writeDiagnostics(_ diagnostics: [Diagnostic], into output: inout OutputBuffer) {
        output.write(literal: "[")
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { output.write(literal: ", ") }
            output.write(literal: "{\"message\": ")
            output.writeJSONString(diagnostic.message.text(in: options.language))
            output.write(literal: ", \"line\": ")
            if let location = diagnostic.location { output.write(location.line) } else { output.write(literal: "null") }
            output.write(literal: ", \"column\": ")
            if let location = diagnostic.location { output.write(location.column) } else { output.write(literal: "null") }
            output.writeJSONSheet(of: diagnostic.location)
            output.write(literal: ", \"code\": \"")
            output.write(diagnostic.message.id)
            output.write(literal: "\"}")
        }
        output.write(literal: "]")
    }

    private func writeOptional(_ text: String?, into output: inout OutputBuffer) {
        if let text { output.writeJSONString(text) } else { output.write(literal: "null") }
    }
}
