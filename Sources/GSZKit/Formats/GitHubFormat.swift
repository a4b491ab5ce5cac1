import GSZYAML

/// GitHub Actions workflow commands: each line becomes an annotation on the report line it
/// names, in the run's summary and on the pull request's diff.
///
/// `::error` for each input error and each indicator below `--require`, `::warning` for each
/// warning, then one `::notice` per file with its verdict (so every file shows up once,
/// however clean), and a closing `::notice` with the batch's counts.
///
/// Every value first goes through `VisibleText` (a newline, an escape sequence or a bidi
/// override shows as `\n`, `\x1B`, `\u202E`), so a report's text can neither start a
/// workflow command of its own nor act on the log. Then the runner's escaping: `%` in the
/// message; in properties also `:` and `,`, which would otherwise end the value.
struct GitHubFormat: OutputFormat {
    let options: RenderOptions
    private let hints: HintTexts<String>

    public init(options: RenderOptions) {
        self.options = options
        hints = HintTexts(language: options.language)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {}

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        for diagnostic in result.errors + result.warnings {
            command(diagnostic.severity == .error ? "error" : "warning", file: result.path, at: diagnostic.location,
                    title: "gsz " + diagnostic.message.id, message: diagnostic.message.text(in: language), into: &output)
        }
        let path = result.path
        output.write(result.services, inHalves: { services, output in
            for service in services {
                for indicator in service.indicators where !indicator.level.passes(options.required) {
                    let finding = FindingText.finding(indicator, hint: hints.text(indicator.hint), in: language)
                    command("error", file: path, at: indicator.location, title: "gsz " + service.id + "/" + indicator.id,
                            message: service.id + " · " + finding, into: &output)
                }
            }
        })
        for finding in result.findings where finding.level != .meets {
            let title = "gsz " + finding.rule + (finding.item.map { "/" + $0 } ?? "")
            command(finding.level == .noncompliant ? "error" : "warning", file: result.path, at: finding.location,
                    title: title, message: finding.message[language], into: &output)
        }
        command("notice", file: result.path, at: nil, title: "gsz " + result.verdict.rawValue,
                message: result.path + ": " + result.verdict.name(in: language) + " — "
                    + FindingText.counts(result, in: language),
                into: &output)
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        command("notice", file: nil, at: nil, title: "gsz summary",
                message: Label.total.text(in: language) + " — " + FindingText.totals(summary, in: language),
                into: &output)
    }

    private func command(
        _ name: String, file: String?, at location: SourceLocation?, title: String, message: String,
        into output: inout OutputBuffer
    ) {
        var properties: [(String, String)] = []
        if let file { properties.append(("file", file)) }
        if let location {
            properties.append(("line", String(location.line)))
            properties.append(("col", String(location.column)))
        }
        properties.append(("title", title))
        output.write("::" + name + " ")
        for (index, (key, value)) in properties.enumerated() {
            output.write((index == 0 ? "" : ",") + key + "=" + Self.escape(value, property: true))
        }
        output.write("::" + Self.escape(message, property: false) + "\n")
    }

    /// `text` made visible, then escaped as the runner unescapes it: `%` first, so nothing
    /// is escaped twice.
    static func escape(_ text: String, property: Bool) -> String {
        let visible = VisibleText.escape(text)
        // Most texts hold no byte the runner reads: they go out as they are, not rebuilt
        // scalar by scalar.
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "%") || property && ($0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",")) }
        let hasSpecial = visible.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
            ?? visible.utf8.contains(where: special)
        guard hasSpecial else { return visible }
        var escaped = ""
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case ":" where property: escaped += "%3A"
            case "," where property: escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
