import GSZYAML

/// For people at a terminal: each file's verdict, then each service with its indicators
/// (value, thresholds, level) in columns aligned across the whole file, what to do next
/// under each indicator that has a next step, errors with the line they point at, and a
/// one-line summary. Lines stay within 100 columns where the names allow.
public struct TextFormat: OutputFormat {
    let options: RenderOptions
    private let printer: DiagnosticPrinter
    /// Hints wrapped to hang under the indicator's name ("        ↳ " takes ten columns),
    /// each wrapped once: a batch repeats the same few.
    private let hints: HintTexts<String>
    private let style: TerminalStyle

    /// Where long hint lines are wrapped.
    static let width = 100

    public init(options: RenderOptions) {
        self.options = options
        printer = DiagnosticPrinter(language: options.language, color: options.color)
        hints = HintTexts(language: options.language) { Self.wrap($0, columns: Self.width - 10).joined(separator: "\n          ") }
        style = TerminalStyle(enabled: options.color)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {}

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        // Under --quiet a passing file is left out, and each shown file ends with its blank line,
        // since the position no longer tells which shown file is first.
        let passes = result.verdict.passes(options.required)
        if options.quiet && passes { return }
        if position > 0 && !options.quiet { output.write("\n") }
        output.write(style.bold(VisibleText.escape(result.path)) + ": " + style.verdict(result.verdict, language) + " — "
            + style.pass(passes, PassWording.mark(result.verdict, required: options.required, in: language)) + "\n")
        if let identity = result.identity, let line = identityLine(identity) {
            output.write("  " + VisibleText.escape(line) + "\n")
        }
        var cursor: SourceCursor? = SourceCursor(source: result.source)
        for diagnostic in result.errors + result.warnings {
            output.write(printer.render(diagnostic, cursor: &cursor))
        }
        // Each indicator's cells are worded once: the columns' widths need them all first.
        let language = self.language
        let cells = result.services.mapInHalves { $0.indicators.map { IndicatorCells($0, language: language) } }
        let columns = Columns(cells.joined())
        output.write(Array(zip(result.services, cells)), inHalves: { services, output in
            for (service, cells) in services { writeService(service, cells: cells, columns: columns, into: &output) }
        })
        TextFindings(language: language, style: style).write(result, into: &output)
        if options.quiet { output.write("\n") }
    }

    /// `ОФ «Болашақ», БИН 180540012343 — Школа гражданской активности`.
    private func identityLine(_ identity: ReportIdentity) -> String? {
        var parts: [String] = []
        if let ngo = identity.ngo { parts.append(ngo) }
        if let bin = identity.bin { parts.append("\(Label.bin.text(in: language)) \(bin)") }
        var line = parts.joined(separator: ", ")
        if let project = identity.project { line += (line.isEmpty ? "" : " — ") + project }
        return line.isEmpty ? nil : line
    }

    private func writeService(_ service: ServiceResult, cells: [IndicatorCells], columns: Columns,
                              into output: inout OutputBuffer) {
        output.write(literal: "\n  ")
        output.write(style.bold(VisibleText.escape(service.id)))
        output.write(literal: "  ")
        output.write(VisibleText.escape(FindingText.formName(service, in: options.standard, language: language)))
        if let title = service.title {
            output.write(literal: " ")
            output.write(VisibleText.escape(Wording.quote(title, language)))
        }
        output.write(literal: ": ")
        output.write(style.verdict(service.verdict, language))
        output.write(literal: "\n")
        // Each row is written piece by piece: joining the pieces first would make a new
        // string for every piece of every row, and a large report has a hundred thousand rows.
        for (indicator, cell) in zip(service.indicators, cells) {
            output.write(literal: "      ")
            output.write(cell.name)
            output.write(spaces: columns.name - cell.nameWidth)
            output.write(literal: "  ")
            output.write(spaces: columns.value - cell.valueWidth)
            output.write(cell.value)
            output.write(literal: "  ")
            output.write(cell.thresholds)
            output.write(spaces: columns.threshold - cell.thresholdsWidth)
            output.write(literal: "  ")
            output.write(style.level(indicator.level, indicator.level.name(in: language)))
            output.write(literal: "\n")
            guard FindingText.asksForAction(indicator) else { continue }
            output.write(literal: "        ")
            output.write(style.dim("↳"))
            output.write(literal: " ")
            output.write(hints.text(indicator.hint))
            output.write(literal: "\n")
        }
    }

    /// `Итого: 6 файлов — максимальный: 1, ошибка: 1; предупреждения: 2`.
    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        var line = style.bold(Label.total.text(in: language)) + ": " + Label.files(summary.files, in: language)
        let counts = Verdict.fileOrder.filter { summary[$0] > 0 }
            .map { style.verdict($0, language) + ": \(summary[$0])" }
        if !counts.isEmpty { line += " — " + counts.joined(separator: ", ") }
        if summary.warnings > 0 { line += "; " + Label.warnings.text(in: language).lowercased() + ": \(summary.warnings)" }
        // The total stays the last line, as scripts that read it expect.
        output.write((options.quiet ? "" : "\n") + PassWording.totals(summary, required: options.required, in: language)
            + "\n" + line + "\n")
    }

    /// `text` in lines of at most `columns` characters, broken at spaces; a word longer
    /// than a line stays whole.
    static func wrap(_ text: String, columns: Int) -> [String] {
        // Where every scalar is a character, words are cut at space bytes and measured in
        // scalars: splitting at the Character " " walks grapheme boundaries, which for
        // Cyrillic costs more than all the rest of a hint's wrapping.
        guard text.standaloneScalarCount != nil else {
            return wrap(words: text.split(separator: " ").map { ($0, $0.characterCount) }, columns: columns)
        }
        // Each scalar being a character, a word's length is the count of its bytes that start a scalar.
        let words = text.utf8.split(separator: UInt8(ascii: " ")).map { bytes in
            (Substring(bytes), bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
        }
        return wrap(words: words, columns: columns)
    }

    /// Words with their lengths in characters, put on lines of at most `columns` where they fit.
    private static func wrap(words: [(text: Substring, length: Int)], columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        // The line's length in characters, kept as it grows: counting walks the whole string,
        // and a batch wraps a hint under tens of thousands of services.
        var length = 0
        for (word, wordLength) in words {
            if length > 0 && length + 1 + wordLength > columns {
                lines.append(line)
                line = ""
                length = 0
            }
            if length > 0 {
                line += " "
                length += 1
            }
            line += word
            length += wordLength
        }
        lines.append(line)
        return lines
    }
}

/// One indicator's row as the text format shows it, with each cell's width in characters.
struct IndicatorCells {
    let name: String
    let nameWidth: Int
    let value: String
    let valueWidth: Int
    let thresholds: String
    let thresholdsWidth: Int

    init(_ indicator: IndicatorResult, language: Language) {
        name = indicator.definition.name[language]
        nameWidth = name.characterCount
        value = FindingText.value(indicator, in: language)
        valueWidth = value.characterCount
        thresholds = FindingText.compactThresholds(indicator, in: language)
        thresholdsWidth = thresholds.characterCount
    }
}

/// The widths of the indicator columns of one file, so every service's rows line up; the
/// level comes last and needs none.
struct Columns {
    var name = 0
    var value = 0
    var threshold = 0

    init(_ rows: some Sequence<IndicatorCells>) {
        for row in rows {
            name = max(name, row.nameWidth)
            value = max(value, row.valueWidth)
            threshold = max(threshold, row.thresholdsWidth)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.characterCount))
    }

    /// Numbers line up on the right.
    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.characterCount)) + text
    }
}

/// ANSI styling, or none: the one place the text format picks colours.
struct TerminalStyle {
    let enabled: Bool

    func bold(_ text: String) -> String { paint(text, "1") }

    func dim(_ text: String) -> String { paint(text, "2") }

    func verdict(_ verdict: Verdict, _ language: Language) -> String {
        let code = switch verdict {
        case .maximal, .compliant: "1;32"
        case .minimal: "1;33"
        case .incomplete: "1;35"
        case .noncompliant, .error: "1;31"
        case .notAssessed: "2"
        }
        return paint(verdict.name(in: language), code)
    }

    func level(_ level: IndicatorLevel, _ text: String) -> String {
        let code = switch level {
        case .maximal, .meets: "32"
        case .minimal: "33"
        case .missing: "35"
        case .noncompliant: "31"
        }
        return paint(text, code)
    }

    func pass(_ passes: Bool, _ text: String) -> String { paint(text, passes ? "32" : "1;31") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
