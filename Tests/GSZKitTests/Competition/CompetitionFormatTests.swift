import Foundation
import GSZKit
import Testing

/// Every format's output for the competition samples and a competition with input errors,
/// byte for byte, and the HTML page in each language. After a deliberate change,
/// `GSZ_RECORD=1 swift test --filter CompetitionFormatTests` rewrites the files; review the diff.
@Suite struct CompetitionFormatTests {
    static let fixtures = FormatBatch.root.appendingPathComponent("Tests/GSZKitTests/Fixtures/competitions")

    static let results: [FileResult] = {
        let checker = Checker(standard: FormatBatch.standard)
        var results = ["competition-broken", "competition-failed-ground5", "competition-held"].map { name in
            let bytes = (try? Data(contentsOf: FormatBatch.root.appendingPathComponent("Samples/\(name).yaml"))).map(Array.init) ?? []
            return checker.check(bytes, path: "Samples/\(name).yaml")
        }
        let broken = """
            competition: {budget_approved: 2026-01-10, plan_approved: 2028-02-01, topics: [{id: T1}]}
            commission: [{name: П, role: chair}]
            applications: [{id: A1, topic: T2, submitted: "20.03.2026", scores: [{member: Я, capacity: 4}]}]

            """
        results.append(checker.check(Array(broken.utf8), path: "competitions/errors.yaml"))
        return results
    }()

    static func check(_ actual: [UInt8], against name: String) throws {
        let file = fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GSZ_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
            try Data(actual).write(to: file)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: file.path), "record \(name) with GSZ_RECORD=1")
        #expect(Array(expected) == actual, "\(name) differs")
    }

    @Test(arguments: FormatName.allCases)
    func matchesGolden(_ format: FormatName) throws {
        let actual = format.type.init(options: FormatBatch.options()).render(Self.results, required: .minimal)
        try Self.check(actual, against: format.fixtureName.replacingOccurrences(of: "batch", with: "competitions"))
    }

    @Test("the HTML page in Russian and Kazakh", arguments: [Language.ru, .kk])
    func htmlInEveryLanguage(_ language: Language) throws {
        let actual = FormatName.html.type.init(options: FormatBatch.options(language: language)).render(Self.results, required: .minimal)
        try Self.check(actual, against: "competitions.\(language.rawValue).html")
    }

    @Test func verdictsOfTheSamples() {
        #expect(Self.results.map(\.verdict) == [.noncompliant, .compliant, .compliant, .error])
        #expect(Self.results.last?.errors.map(\.message.id) == ["unknown_topic", "malformed_date_time", "unknown_member"])
    }
}
