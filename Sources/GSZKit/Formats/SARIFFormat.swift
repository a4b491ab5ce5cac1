import GSZYAML

/// SARIF 2.1.0, one run, for GitHub code scanning and for auditors' tools.
///
/// Results, each located in the report (`uri` as the path was given, relative where it was):
/// - an indicator below `--require` is `error` (noncompliant) or `warning` (missing input, or
///   minimal under `--require maximal`); one that passes is a `note`, so an auditor sees
///   everything that was checked, not only what failed;
/// - an input error is `error`, a warning `warning`;
/// - every file gets one `gsz/verdict` result (a `note` when it passes, else `error`), so a
///   file with nothing to assess still shows up once;
/// - results below `--sarif-level` are left out (by default the passing notes), the verdict
///   results never.
///
/// The run header and every rule are written in `begin`, results file by file, and the run's
/// property bag (standard, counts) in `end`. Columns count Unicode scalars, as libyaml does:
/// `columnKind` says so.
struct SARIFFormat: OutputFormat {
    /// The schema the output conforms to: the OASIS errata 01 edition.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    let options: RenderOptions
    private let rules: SARIFRules
    private let hints: HintTexts<String>

    public init(options: RenderOptions) {
        self.options = options
        rules = SARIFRules(standard: options.standard, language: options.language)
        hints = HintTexts(language: options.language)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {
        output.write("{\n  \"$schema\": \"" + Self.schemaURI + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n")
        output.write("      \"tool\": {\n        \"driver\": {\n          \"name\": \"gsz\",\n          \"version\": ")
        output.writeJSONString(options.toolVersion)
        output.write(",\n          \"rules\": [")
        rules.write(into: &output)
        output.write("\n          ]\n        }\n      },\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        // Every file writes its verdict result, so only the very first result goes without a comma.
        var first = position == 0
        func start() {
            output.write(first ? "\n        " : ",\n        ")
            first = false
        }
        start()
        writeResult(SARIFRules.verdictID, level: result.verdict.passes(options.required) ? "note" : "error",
                    message: result.path + ": " + result.verdict.name(in: language) + " — "
                        + FindingText.counts(result, in: language), path: result.path, at: nil,
                    properties: [("verdict", result.verdict.rawValue)], into: &output)
        for diagnostic in result.errors + result.warnings where options.sarifLevel.includes(diagnostic.severity == .error ? "error" : "warning") {
            start()
            writeResult(SARIFRules.diagnosticID(diagnostic), level: diagnostic.severity == .error ? "error" : "warning",
                        message: diagnostic.message.text(in: language), path: result.path, at: diagnostic.location,
                        properties: [], into: &output)
        }
        for service in result.services {
            for indicator in service.indicators {
                let level = switch indicator.level {
                case .noncompliant: "error"
                case _ where indicator.level.passes(options.required): "note"
                default: "warning"
                }
                guard options.sarifLevel.includes(level) else { continue }
                start()
                let finding = FindingText.finding(indicator, hint: hints.text(indicator.hint), in: language)
                var properties = [("service", service.id), ("kind", service.kind)]
                if let form = service.form { properties.append(("form", form)) }
                properties.append(("level", indicator.level.rawValue))
                writeResult(SARIFRules.indicatorID(indicator.id), level: level, message: service.id + " · " + finding,
                            path: result.path, at: indicator.location, properties: properties, into: &output)
            }
        }
        for finding in result.findings {
            let level = switch finding.level {
            case .noncompliant: "error"
            case .missing: "warning"
            default: "note"
            }
            guard options.sarifLevel.includes(level) else { continue }
            start()
            var properties = [("level", finding.level.rawValue)]
            if let item = finding.item { properties.append(("item", item)) }
            let message = (finding.item.map { $0 + " · " } ?? "") + finding.message[language]
            writeResult(SARIFRules.ruleID(finding.rule), level: level, message: message, path: result.path,
                        at: finding.location, properties: properties, into: &output)
        }
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write(summary.files == 0 ? "],\n" : "\n      ],\n")
        output.write("      \"properties\": {\"standard\": {\"id\": ")
        output.writeJSONString(options.standard.id)
        output.write(", \"version\": ")
        output.writeJSONString(options.standard.version)
        output.write("}, \"required\": \"")
        output.write(options.required.rawValue)
        output.write("\", \"summary\": ")
        JSONFormat.writeCounts(summary, into: &output)
        output.write("}\n    }\n  ]\n}\n")
    }

    private func writeResult(
        _ ruleID: String, level: String, message: String, path: String, at location: SourceLocation?,
        properties: [(String, String)], into output: inout OutputBuffer
    ) {
        output.write("{\"ruleId\": ")
        output.writeJSONString(ruleID)
        if let index = rules.index(of: ruleID) {
            output.write(", \"ruleIndex\": ")
            output.write(index)
        }
        output.write(", \"level\": \"" + level + "\", \"message\": {\"text\": ")
        output.writeJSONString(message)
        output.write("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
        output.writeJSONString(Self.uri(path))
        // Code scanning wants a region on every result; a problem with no place points at the top.
        let place = location ?? .start
        output.write("}, \"region\": {\"startLine\": ")
        output.write(place.line)
        output.write(", \"startColumn\": ")
        output.write(place.column)
        output.write("}}}]")
        if !properties.isEmpty {
            output.write(", \"properties\": {")
            for (index, (name, value)) in properties.enumerated() {
                if index > 0 { output.write(", ") }
                output.writeJSONString(name)
                output.write(": ")
                output.writeJSONString(value)
            }
            output.write("}")
        }
        output.write("}")
    }

    /// `path` as a relative URI reference: every byte but unreserved characters and `/`
    /// percent-encoded, so spaces, `:` (which would read as a scheme), `#`, `%` and non-ASCII
    /// names all survive.
    static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
