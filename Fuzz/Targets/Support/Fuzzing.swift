import Foundation
import GSZKit
import GSZYAML

/// What every fuzz target shares: turning libFuzzer's buffer into bytes, rendering a result
/// the way `gsz check` does, and stopping loudly when an invariant breaks.
enum Fuzzing {
    /// The fuzz input as the array the engine takes.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Stops the run with `message`: libFuzzer saves the input that got here as a crash.
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
            abort()
        }
    }

    /// A place, when there is one, is 1-based.
    static func checkPlace(_ location: SourceLocation?, _ what: @autoclosure () -> String) {
        guard let location else { return }
        require(location.line >= 1 && location.column >= 1, "\(what()) at \(location)")
    }

    /// Every output format for one standard and language, made once: making them (hint
    /// caches, rule tables) costs more than rendering a file.
    struct Renderers {
        let json: JSONFormat
        let text: TextFormat
        let others: [any OutputFormat]

        init(standard: Standard, language: Language) {
            let options = RenderOptions(language: language, required: .minimal, color: true, standard: standard,
                                        toolVersion: "fuzz")
            json = JSONFormat(options: options)
            text = TextFormat(options: options)
            others = FormatName.allCases.filter { $0 != .json && $0 != .text }.map { $0.type.init(options: options) }
        }
    }

    /// Renders `result` in every format, as one batch of one file, and checks what a reader
    /// of JSON and text relies on: the JSON parses and agrees with the result, the text is
    /// UTF-8. The other formats only have to finish: each has its own tests for its shape.
    static func render(_ result: FileResult, with renderers: Renderers) {
        var summary = BatchSummary()
        summary.add(result, required: .minimal)

        var json = OutputBuffer()
        renderers.json.begin(into: &json)
        renderers.json.file(result, position: 0, into: &json)
        renderers.json.end(summary, into: &json)
        let parsed = json.withBytes { try? JSONSerialization.jsonObject(with: Data(buffer: $0)) } as? [String: Any]
        require(parsed != nil, "JSON output does not parse:\n\(String(decoding: json.bytes, as: UTF8.self))")
        let files = parsed?["files"] as? [[String: Any]]
        require(files?.count == 1, "JSON output holds \(files?.count ?? -1) files")
        require(files?.first?["verdict"] as? String == result.verdict.rawValue, "JSON verdict differs from the result")
        let services = files?.first?["services"] as? [[String: Any]]
        // Only reports have services; the other documents carry findings instead.
        require((services?.count ?? 0) == result.services.count && (services != nil) == (result.document == .report),
                "JSON services differ from the result")

        var text = OutputBuffer()
        renderers.text.begin(into: &text)
        renderers.text.file(result, position: 0, into: &text)
        renderers.text.end(summary, into: &text)
        require(text.withBytes { String(validating: $0, as: UTF8.self) } != nil, "text output is not UTF-8")

        var other = OutputBuffer()
        for format in renderers.others {
            other.removeAll()
            format.begin(into: &other)
            format.file(result, position: 0, into: &other)
            format.end(summary, into: &other)
        }
    }

    /// Checks the shape every file result must have (contract §3, §4).
    static func checkResult(_ result: FileResult) {
        require((result.verdict == .error) == !result.errors.isEmpty,
                "verdict \(result.verdict) with \(result.errors.count) errors")
        require(result.verdict != .error || result.services.isEmpty, "an error file has services")
        for diagnostic in result.errors + result.warnings { checkPlace(diagnostic.location, "diagnostic") }
        for service in result.services {
            checkPlace(service.location, "service \(service.id)")
            for indicator in service.indicators { checkPlace(indicator.location, "indicator \(indicator.id)") }
        }
        // A report's verdict is its lowest service's; documents judged by rules have their own.
        if result.verdict != .error, result.document == .report {
            let lowest = result.services.map(\.verdict).min() ?? .notAssessed
            require(lowest == result.verdict, "file verdict \(result.verdict), lowest service verdict \(lowest)")
        }
    }
}
