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
        var json = JSONWriter(output)
        json.beginObject()
        json.line(2); json.key("$schema"); json.word(Self.schemaURI)
        json.line(2); json.key("version"); json.word("2.1.0")
        json.line(2); json.key("runs"); json.beginArray()
        json.line(4); json.beginObject()
        json.line(6); json.key("tool"); json.beginObject()
        json.line(8); json.key("driver"); json.beginObject()
        json.line(10); json.key("name"); json.word("gsz")
        json.line(10); json.key("version"); json.string(options.toolVersion)
        json.line(10); json.key("rules"); json.beginArray()
        rules.write(into: &json)
        json.line(10); json.endArray()
        json.line(8); json.endObject()
        json.line(6); json.endObject()
        json.line(6); json.key("columnKind"); json.word("unicodeCodePoints")
        // The results array stays open: each file's part continues it, and `end` closes it.
        json.line(6); json.key("results"); json.beginArray()
        output = json.finish()
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        // Every file writes its verdict result, so only the very first result goes without a comma.
        var json = JSONWriter(output, first: position == 0)
        writeResult(SARIFRules.verdictID, level: result.verdict.passes(options.required) ? "note" : "error",
                    message: result.path + ": " + result.verdict.name(in: language) + " — "
                        + FindingText.counts(result, in: language), path: result.path, at: nil,
                    properties: [("verdict", result.verdict.rawValue)], into: &json)
        for diagnostic in result.errors + result.warnings where options.sarifLevel.includes(diagnostic.severity == .error ? "error" : "warning") {
            writeResult(SARIFRules.diagnosticID(diagnostic), level: diagnostic.severity == .error ? "error" : "warning",
                        message: diagnostic.message.text(in: language), path: result.path, at: diagnostic.location,
                        properties: [], into: &json)
        }
        for service in result.services {
            for indicator in service.indicators {
                let level = switch indicator.level {
                case .noncompliant: "error"
                case _ where indicator.level.passes(options.required): "note"
                default: "warning"
                }
                guard options.sarifLevel.includes(level) else { continue }
                let finding = FindingText.finding(indicator, hint: hints.text(indicator.hint), in: language)
                var properties = [("service", service.id), ("kind", service.kind)]
                if let form = service.form { properties.append(("form", form)) }
                properties.append(("level", indicator.level.rawValue))
                writeResult(SARIFRules.indicatorID(indicator.id), level: level, message: service.id + " · " + finding,
                            path: result.path, at: indicator.location, properties: properties, into: &json)
            }
        }
        for finding in result.findings {
            let level = switch finding.level {
            case .noncompliant: "error"
            case .missing: "warning"
            default: "note"
            }
            guard options.sarifLevel.includes(level) else { continue }
            var properties = [("level", finding.level.rawValue)]
            if let item = finding.item { properties.append(("item", item)) }
            let message = (finding.item.map { $0 + " · " } ?? "") + finding.message[language]
            writeResult(SARIFRules.ruleID(finding.rule), level: level, message: message, path: result.path,
                        at: finding.location, properties: properties, into: &json)
        }
        output = json.finish()
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        // Inside the results array `begin` opened; an empty one closes on its own line's end.
        var json = JSONWriter(output, first: summary.files == 0)
        if summary.files > 0 { json.line(6) }
        json.endArray()
        json.line(6); json.key("properties"); json.beginObject()
        json.key("standard"); json.beginObject()
        json.key("id"); json.string(options.standard.id)
        json.key("version"); json.string(options.standard.version)
        json.endObject()
        json.key("required"); json.word(options.required.rawValue)
        json.key("summary"); JSONFormat.write(summary, required: nil, into: &json)
        json.endObject()
        json.line(4); json.endObject()
        json.line(2); json.endArray()
        json.line(0); json.endObject()
        output = json.finish()
        output.write(literal: "\n")
    }

    /// One result, on a line of its own in the results array.
    private func writeResult(
        _ ruleID: String, level: String, message: String, path: String, at location: SourceLocation?,
        properties: [(String, String)], into json: inout JSONWriter
    ) {
        json.line(8); json.beginObject()
        json.key("ruleId"); json.string(ruleID)
        if let index = rules.index(of: ruleID) { json.key("ruleIndex"); json.number(index) }
        json.key("level"); json.word(level)
        json.key("message"); json.beginObject()
        json.key("text"); json.string(message)
        json.endObject()
        json.key("locations"); json.beginArray()
        json.beginObject()
        json.key("physicalLocation"); json.beginObject()
        json.key("artifactLocation"); json.beginObject()
        json.key("uri"); json.string(Self.uri(path))
        json.endObject()
        // Code scanning wants a region on every result; a problem with no place points at the top.
        let place = location ?? .start
        json.key("region"); json.beginObject()
        json.key("startLine"); json.number(place.line)
        json.key("startColumn"); json.number(place.column)
        json.endObject()
        json.endObject()
        json.endObject()
        json.endArray()
        if !properties.isEmpty {
            json.key("properties"); json.beginObject()
            for (name, value) in properties { json.key(word: name); json.string(value) }
            json.endObject()
        }
        json.endObject()
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
