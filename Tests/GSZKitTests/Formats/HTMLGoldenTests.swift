import Foundation
import GSZYAML
import Testing
import GSZKit
import GSZTestSupport

/// The HTML page, byte for byte, for the samples in each language. After an intended
/// change, re-record with `GSZ_RECORD=1 swift test --filter HTMLGoldenTests` and read the diff.
@Suite struct HTMLGoldenTests {
    static let fixtures = Repository.url("Tests/GSZKitTests/Fixtures/html")

    static func page(_ language: Language) -> String {
        Rendering.render(HTMLFormat.self, Rendering.sampleNames.map(Rendering.sample), Rendering.options(language))
    }

    @Test(arguments: Language.allCases)
    func samplesMatchTheRecordedPage(in language: Language) throws {
        let page = Self.page(language)
        let fixture = Self.fixtures.appendingPathComponent("samples.\(language.rawValue).html")
        if ProcessInfo.processInfo.environment["GSZ_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try Data(page.utf8).write(to: fixture)
        }
        let recorded = try String(contentsOf: fixture, encoding: .utf8)
        #expect(page == recorded, "differs from \(fixture.path); re-record with GSZ_RECORD=1 if intended")
    }

    @Test func theSameResultsGiveTheSameBytes() {
        #expect(Self.page(.kk) == Self.page(.kk))
    }

    @Test(arguments: Language.allCases)
    func thePageSaysItsLanguage(_ language: Language) {
        #expect(Self.page(language).contains("<html lang=\"\(language.rawValue)\">"))
    }

    @Test func thePageNeedsNothingFromOutside() {
        let page = Self.page(.ru)
        for outside in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
            #expect(!page.contains(outside), "\(outside)")
        }
        #expect(page.contains("@media print"))
    }

    @Test func everyFileServiceAndIndicatorIsOnThePage() {
        let page = Self.page(.en)
        let results = Rendering.sampleNames.map(Rendering.sample)
        #expect(page.components(separatedBy: "<section class=\"file ").count - 1 == results.count)
        let services = results.flatMap(\.services)
        #expect(page.components(separatedBy: "<article class=\"service\">").count - 1 == services.count)
        let indicators = services.flatMap(\.indicators)
        #expect(page.components(separatedBy: "<td class=\"level ").count - 1 == indicators.count)
        for location in results.flatMap(\.errors).compactMap(\.location) {
            #expect(page.contains(Label.place(line: location.line, column: location.column, in: .en)))
        }
    }
}
