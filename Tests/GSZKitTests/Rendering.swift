import Foundation
import GSZKit
import GSZTestSupport

/// What the tests of the formats for people share with `FormatBatch`: the samples one by
/// one, reports given as text, and any batch rendered in any language.
enum Rendering {
    static var standard: Standard { FormatBatch.standard }

    static var checker: Checker { TestStandard.checker }

    /// The names of the sample reports, in the order a folder walk gives them.
    static let sampleNames = ["errors", "incomplete", "maximal", "minimal", "noncompliant", "not-assessed"]

    /// The sample `name` (without `.yaml`), checked, under the path `Samples/<name>.yaml`.
    static func sample(_ name: String) -> FileResult {
        let path = "Samples/\(name).yaml"
        let bytes = FileManager.default.contents(atPath: FormatBatch.root.appendingPathComponent(path).path) ?? Data()
        return checker.check(Array(bytes), path: path)
    }

    /// A report given as text, checked under `path`.
    static func report(_ text: String, path: String = "report.yaml") -> FileResult {
        TestStandard.check(text, path: path)
    }

    static func options(_ language: Language, color: Bool = false) -> RenderOptions {
        FormatBatch.options(language: language).with(color: color)
    }

    /// `results` through `format`, as `gsz check` writes them.
    static func render(_ format: any OutputFormat.Type, _ results: [FileResult], _ options: RenderOptions) -> String {
        String(decoding: format.init(options: options).render(results, required: options.required), as: UTF8.self)
    }
}

extension RenderOptions {
    func with(color: Bool) -> RenderOptions {
        var options = self
        options.color = color
        return options
    }
}
