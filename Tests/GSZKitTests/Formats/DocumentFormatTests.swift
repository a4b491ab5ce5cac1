import Foundation
import GSZKit
import Testing

/// Every format's output for the discussion and monitoring samples and a document with an
/// uncovered year, byte for byte. After a deliberate change,
/// `GSZ_RECORD=1 swift test --filter DocumentFormatTests` rewrites the files; review the diff.
@Suite struct DocumentFormatTests {
    static let fixtures = FormatBatch.root.appendingPathComponent("Tests/GSZKitTests/Fixtures/documents")

    static let results: [FileResult] = {
        let checker = Checker(standard: FormatBatch.standard)
        var results = ["discussion-late", "discussion-ok", "monitoring-gaps", "monitoring-ok"].map { name in
            let bytes = (try? Data(contentsOf: FormatBatch.root.appendingPathComponent("Samples/\(name).yaml"))).map(Array.init) ?? []
            return checker.check(bytes, path: "Samples/\(name).yaml")
        }
        let uncovered = "discussion: {body: ГУ, posted: 2027-12-27, closed: 2028-01-14}\ntopics: [{no: 1, title: t, funding: 1}]\n"
        results.append(checker.check(Array(uncovered.utf8), path: "documents/2028.yaml"))
        return results
    }()

    @Test(arguments: FormatName.allCases)
    func matchesGolden(_ format: FormatName) throws {
        let actual = format.type.init(options: FormatBatch.options()).render(Self.results, required: .minimal)
        let file = Self.fixtures.appendingPathComponent(format.fixtureName.replacingOccurrences(of: "batch", with: "documents"))
        if ProcessInfo.processInfo.environment["GSZ_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try Data(actual).write(to: file)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: file.path), "record \(file.lastPathComponent) with GSZ_RECORD=1")
        let old = String(decoding: expected, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let new = String(decoding: actual, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(old == new, "\(format.rawValue) differs from \(file.lastPathComponent) at line \((line ?? min(old.count, new.count)) + 1)")
    }

    @Test func verdictsOfTheSamples() {
        #expect(Self.results.map(\.verdict) == [.noncompliant, .compliant, .noncompliant, .compliant, .error])
        #expect(Self.results.last?.errors.map(\.message) == [.calendarNotCovered(field: "discussion.posted", year: 2028)])
    }
}
