import Foundation
import GSZKit
import GSZTestSupport

/// The fixed batch every format test renders: the repository's samples (one per verdict
/// and one with input errors), a report whose texts hold every character some format must
/// escape, a file that is not UTF-8, an empty file, and a path that names nothing.
enum FormatBatch {
    /// The repository's root.
    static var root: URL { Repository.root }

    /// Where the expected outputs live.
    static let fixtures = root.appendingPathComponent("Tests/GSZKitTests/Fixtures/formats")

    static var standard: Standard { TestStandard.builtin }

    /// A report whose texts need escaping in every format: quotes, markup, pipes, backticks,
    /// `%`, `:`, `,`, a bell, a C1 control (U+0085), line breaks and a tab. Its one service
    /// is noncompliant (hours) and it has an unknown key (a warning).
    static let trickyReport = #"""
        report:
          ngo:
            name: "ОФ \"Кавычки\" & <Теги> | `код` 100%: a,b\a\N"
            bin: "180540012343"
          project: "Line one\nline two\r\tend"
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
          - id: "S,1:%"
            kind: training
            form: seminar
            title: "Заголовок <b>"
            date: 2026-03-01
            hours: 1
            participants: 12
            provider: {experience_years: 1}
            feedback: {respondents: 10, satisfied: 9}
            participans: 3
        """#

    /// The path the tricky report is given under: a comma, a quote, markup, a pipe, a backtick,
    /// `%`, a space and Cyrillic, as a folder walk might find them.
    static let trickyPath = #"reports/odd, "name" & <1>|`x` 100% отчёт.yaml"#

    /// Each file's result, in input order: the sample reports (documents of other kinds have
    /// goldens of their own, `DocumentFormatTests`), then files made to exercise escaping and errors.
    static let results: [FileResult] = {
        let checker = Checker(standard: standard)
        let samples = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Samples").path)) ?? []
        var results = samples.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let bytes = (try? Data(contentsOf: root.appendingPathComponent("Samples/" + name))).map(Array.init) ?? []
            return checker.check(bytes, path: "Samples/" + name)
        }.filter { (result: FileResult) in result.document == .report }
        results.append(checker.check(Array(trickyReport.utf8), path: trickyPath))
        results.append(checker.check([0x72, 0x65, 0xFF, 0x70, 0x3A, 0x20, 0x31, 0x0A], path: "broken/not-utf8.yaml"))
        results.append(checker.check([], path: "broken/empty.yaml"))
        results.append(.failed(path: "broken/missing.yaml", .noSuchFile))
        return results
    }()

    /// Options for the goldens: English, `--require minimal`, no colour, a fixed tool version.
    static func options(required: RequiredLevel = .minimal, language: Language = .en) -> RenderOptions {
        RenderOptions(language: language, required: required, color: false, standard: standard, toolVersion: "test")
    }

    /// The whole output of `format` for the batch.
    static func render(_ format: FormatName, required: RequiredLevel = .minimal, language: Language = .en) -> [UInt8] {
        format.type.init(options: options(required: required, language: language)).render(results, required: required)
    }

    /// The output as text (every format writes UTF-8).
    static func text(_ format: FormatName, required: RequiredLevel = .minimal, language: Language = .en) -> String {
        String(decoding: render(format, required: required, language: language), as: UTF8.self)
    }
}

extension FormatName {
    /// The golden file's name: the format and the extension its readers expect.
    var fixtureName: String {
        switch self {
        case .text: "batch.txt"
        case .json: "batch.json"
        case .junit: "batch.junit.xml"
        case .sarif: "batch.sarif"
        case .github: "batch.github.txt"
        case .markdown: "batch.md"
        case .csv: "batch.csv"
        case .html: "batch.html"
        case .xlsx: "batch.xlsx"
        }
    }
}
