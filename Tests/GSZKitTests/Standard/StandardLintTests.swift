import Foundation
import GSZKit
import GSZYAML
import Testing

/// `gsz standard lint`: the built-in standard is clean, and every mistake planted in
/// `Fixtures/bad-standard` is reported on its line.
@Suite struct StandardLintTests {
    @Test func builtInStandardIsLintClean() {
        let load = BuiltinStandard.loadWithExamples
        #expect(load.diagnostics.isEmpty, "\(load.diagnostics.map { "\($0.path):\($0.location?.description ?? "-") \($0.message.id)" })")
        #expect(load.standard != nil)
    }

    @Test func standardsFolderOnDiskIsLintCleanToo() {
        let load = StandardFolder.load(StandardToolsFixtures.root + "/Standards")
        #expect(load.diagnostics.isEmpty)
        #expect(load.sources.count == BuiltinStandard.sources.count)
    }

    /// Each mistake planted in the fixture: its file, line and message id.
    static let planted: [(file: String, line: Int, id: String)] = [
        ("standard.yaml", 4, "missing_field"),                     // version misspelt, so absent
        ("standard.yaml", 6, "unknown_key"),                       // verison
        ("standard.yaml", 9, "standard_missing_translation"),      // a name without kk
        ("standard.yaml", 12, "empty_text"),                       // a blank English name
        ("standard.yaml", 27, "unknown_unit"),                     // persons
        ("standard.yaml", 33, "standard_unit_mismatch"),           // hours counted in days
        ("standard.yaml", 38, "standard_unknown_input"),           // succes_stories
        ("standard.yaml", 52, "standard_duplicate_id"),            // participants declared twice
        ("standard.yaml", 56, "standard_duplicate_id"),            // title, a core field
        ("standard.yaml", 72, "unknown_value"),                    // type: txt
        ("standard.yaml", 80, "standard_unknown_check_field"),     // feedback.respondent
        ("quality.yaml", 7, "unknown_key"),                        // colour
        ("quality.yaml", 8, "standard_undefined_indicator"),       // satisfation in the table's list
        ("quality.yaml", 11, "standard_thresholds_in_two_tables"), // hours also set by duplicate.yaml
        ("quality.yaml", 12, "standard_minimal_above_maximal"),
        ("quality.yaml", 16, "standard_overlapping_levels"),
        ("quality.yaml", 17, "standard_check_mismatch"),           // graded thresholds for an at_least indicator
        ("quality.yaml", 19, "standard_undefined_form"),           // seminr
        ("quality.yaml", 20, "standard_gapped_levels"),
        ("quality.yaml", 23, "standard_form_in_two_rows"),
        ("quality.yaml", 24, "standard_threshold_out_of_range"),   // 110%
        ("quality.yaml", 25, "wrong_type"),                        // at_least: two
        ("quality.yaml", 27, "standard_missing_cell"),             // no hours
        ("quality.yaml", 27, "standard_form_in_two_rows"),
        ("conditions.yaml", 4, "standard_undefined_kind"),         // trainings
        ("examples.yaml", 3, "standard_example_expects_nothing"),
        ("examples.yaml", 9, "unknown_verdict"),                   // maximum
        ("examples.yaml", 13, "standard_undefined_indicator"),     // experience
    ]

    static let load = StandardFolder.load(StandardToolsFixtures.fixture("bad-standard"))

    @Test(arguments: planted.indices)
    func plantedMistakeIsReportedOnItsLine(_ index: Int) {
        let (file, line, id) = Self.planted[index]
        let found = Self.load.diagnostics.contains {
            $0.path.hasSuffix("/" + file) && $0.location?.line == line && $0.message.id == id && $0.severity == .error
        }
        #expect(found, "\(file):\(line) \(id) not reported")
    }

    @Test func nothingIsReportedBesidesThePlantedMistakes() {
        let planted = Set(Self.planted.map { "\($0.file):\($0.line)" })
        for diagnostic in Self.load.diagnostics {
            let file = diagnostic.path.split(separator: "/").last.map(String.init) ?? diagnostic.path
            #expect(planted.contains("\(file):\(diagnostic.location?.line ?? 0)"),
                    "unexpected \(diagnostic.message.id) at \(file):\(diagnostic.location?.description ?? "-")")
        }
        #expect(Self.load.standard == nil)
    }

    @Test func everyProblemHasAPlaceInItsFile() {
        for diagnostic in Self.load.diagnostics {
            #expect(diagnostic.location != nil, "\(diagnostic.message.id) has no place")
        }
    }

    @Test func aNameWithRussianButNoKazakhIsAnError() {
        let header = BuiltinStandard.sources.first { $0.path == "Standards/standard.yaml" }!  // the built-in header exists
        let text = String(decoding: header.bytes, as: UTF8.self)
            .replacingFirst("{ru: Семинар, kk: Семинар, en: Seminar}", with: "{ru: Семинар, en: Seminar}")
        let load = StandardLoader.load(BuiltinStandard.sources.filter { $0.path != header.path }
                                       + [StandardSource(path: header.path, text: text)])
        #expect(load.errors.map(\.message.id) == ["standard_missing_translation"])
    }
}
