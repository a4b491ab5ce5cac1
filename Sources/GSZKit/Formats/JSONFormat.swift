import GSZYAML

/// The JSON of the README: `{"files": […], "summary": {…}}`, keys in a fixed order.
public struct JSONFormat: OutputFormat {
    public static let name = FormatName.json
    let options: RenderOptions
    /// Hint sentences kept as JSON string literals, quotes and escapes included.
    private let hints: HintTexts<[UInt8]>
    /// The parts of an indicator's object that depend only on its definition, rendered once.
    private let fragments: [(definition: IndicatorDefinition, head: [UInt8], middle: [UInt8])]

    public init(options: RenderOptions) {
        self.options = options
        fragments = options.standard.indicators.map { definition in
            let (head, middle) = Self.fragments(of: definition)
            return (definition, head, middle)
        }
        hints = HintTexts(language: options.language) { $0.writeJSONString($1) }
    }

    public func begin(into output: inout OutputBuffer) {
        output.write("{\"files\": [")
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        output.write(position == 0 ? "\n  " : ",\n  ")
        output.write("{\"path\": ")
        output.writeJSONString(result.path)
        output.write(", \"verdict\": \"")
        output.write(result.verdict.rawValue)
        output.write("\",\n   \"errors\": ")
        writeDiagnostics(result.errors, into: &output)
        output.write(", \"warnings\": ")
        writeDiagnostics(result.warnings, into: &output)
        if let identity = result.identity {
            output.write(",\n   \"report\": {\"ngo\": ")
            writeOptional(identity.ngo, into: &output)
            output.write(", \"bin\": ")
            writeOptional(identity.bin, into: &output)
            output.write(", \"project\": ")
            writeOptional(identity.project, into: &output)
            output.write("}")
        }
        output.write(",\n   \"services\": [")
        for (index, service) in result.services.enumerated() {
            output.write(index == 0 ? "\n    " : ",\n    ")
            writeService(service, into: &output)
        }
        output.write(result.services.isEmpty ? "]}" : "]}")
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write(summary.files == 0 ? "],\n \"summary\": " : "\n ],\n \"summary\": ")
        Self.writeCounts(summary, into: &output)
        output.write(",\n \"standard\": {\"id\": ")
        output.writeJSONString(options.standard.id)
        output.write(", \"version\": ")
        output.writeJSONString(options.standard.version)
        output.write("}}\n")
    }

    /// `{"files": 6, "maximal": 1, …, "error": 1}`: the JSON summary object, which SARIF's
    /// run properties repeat.
    static func writeCounts(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write("{\"files\": ")
        output.write(summary.files)
        for verdict in [Verdict.maximal, .minimal, .incomplete, .noncompliant, .notAssessed, .error] {
            output.write(", \"")
            output.write(verdict.rawValue)
            output.write("\": ")
            output.write(summary[verdict])
        }
        output.write("}")
    }

    private func writeService(_ service: ServiceResult, into output: inout OutputBuffer) {
        output.write("{\"id\": ")
        output.writeJSONString(service.id)
        output.write(", \"kind\": ")
        output.writeJSONString(service.kind)
        output.write(", \"form\": ")
        writeOptional(service.form, into: &output)
        if let title = service.title {
            output.write(", \"title\": ")
            output.writeJSONString(title)
        }
        output.write(", \"verdict\": \"")
        output.write(service.verdict.rawValue)
        output.write("\", \"line\": ")
        output.write(service.location.line)
        output.write(", \"column\": ")
        output.write(service.location.column)
        output.write(",\n     \"indicators\": [")
        for (index, indicator) in service.indicators.enumerated() {
            output.write(index == 0 ? "\n      " : ",\n      ")
            writeIndicator(indicator, into: &output)
        }
        output.write(service.indicators.isEmpty ? "]}" : "]}")
    }

    private func writeIndicator(_ indicator: IndicatorResult, into output: inout OutputBuffer) {
        let (head, middle) = fragments.first { $0.definition === indicator.definition }.map { ($0.head, $0.middle) }
            ?? Self.fragments(of: indicator.definition)
        head.withUnsafeBufferPointer { output.append($0) }
        output.write(indicator.level.rawValue)
        output.write("\", \"value\": ")
        if let value = indicator.value { output.writeJSONNumber(value) } else { output.write("null") }
        let (minimal, maximal): (Double?, Double?) = switch indicator.threshold {
        case .graded(let minimal, let maximal): (minimal.from, maximal.from)
        case .requirement(.atLeast, let threshold): (threshold, nil)
        case .requirement(.atMost, let threshold): (nil, threshold)
        }
        output.write(", \"minimal\": ")
        if let minimal { output.writeJSONNumber(minimal) } else { output.write("null") }
        output.write(", \"maximal\": ")
        if let maximal { output.writeJSONNumber(maximal) } else { output.write("null") }
        middle.withUnsafeBufferPointer { output.append($0) }
        hints.text(indicator.hint).withUnsafeBufferPointer { output.append($0) }
        output.write(", \"line\": ")
        output.write(indicator.location.line)
        output.write(", \"column\": ")
        output.write(indicator.location.column)
        output.write("}")
    }

    /// The text before an indicator's level and between its thresholds and message.
    private static func fragments(of definition: IndicatorDefinition) -> (head: [UInt8], middle: [UInt8]) {
        var head = OutputBuffer()
        head.write("{\"id\": ")
        head.writeJSONString(definition.id)
        head.write(", \"level\": \"")
        var middle = OutputBuffer()
        middle.write(", \"check\": \"")
        middle.write(definition.check.rawValue)
        middle.write("\", \"unit\": \"")
        middle.write(definition.unit.rawValue)
        middle.write("\",\n       \"message\": ")
        return (head.bytes, middle.bytes)
    }

    private func writeDiagnostics(_ diagnostics: [Diagnostic], into output: inout OutputBuffer) {
        output.write("[")
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { output.write(", ") }
            output.write("{\"message\": ")
            output.writeJSONString(diagnostic.message.text(in: options.language))
            output.write(", \"line\": ")
            if let location = diagnostic.location { output.write(location.line) } else { output.write("null") }
            output.write(", \"column\": ")
            if let location = diagnostic.location { output.write(location.column) } else { output.write("null") }
            output.write(", \"code\": \"")
            output.write(diagnostic.message.id)
            output.write("\"}")
        }
        output.write("]")
    }

    private func writeOptional(_ text: String?, into output: inout OutputBuffer) {
        if let text { output.writeJSONString(text) } else { output.write("null") }
    }
}
