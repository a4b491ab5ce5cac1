import Foundation
import Testing
@testable import GSZKit

/// The built-in standard parses the rule families' files (calendar, deadlines, competition
/// rules) only when a family first needs them, and then holds what reading them at load holds.
@Suite("The rule families' files, read when first needed")
struct FamilyFileReadingTests {
    static func lazyBuiltin() throws -> Standard {
        let load = StandardLoader.load(BuiltinStandard.sources, examples: false, folder: ".", familyFiles: .whenNeeded)
        return try #require(load.standard, "\(load.diagnostics)")
    }

    static let samples = StandardToolsFixtures.root + "/Samples"

    static func sample(_ name: String) throws -> [UInt8] {
        try #require(FileManager.default.contents(atPath: samples + "/" + name)).map { $0 }
    }

    @Test("checking a report leaves them unread; a discussion reads them")
    func readOnlyWhenNeeded() throws {
        let standard = try Self.lazyBuiltin()
        let checker = Checker(standard: standard)
        let report = checker.check(try Self.sample("minimal.yaml"), path: "minimal.yaml")
        #expect(report.verdict == .minimal)
        #expect(!standard.familyFiles.isRead)
        let discussion = checker.check(try Self.sample("discussion-ok.yaml"), path: "discussion-ok.yaml")
        #expect(discussion.verdict == .compliant)
        #expect(standard.familyFiles.isRead)
    }

    @Test("read later, they hold what reading them at load holds")
    func sameAsAtLoad() throws {
        let lazy = try Self.lazyBuiltin()
        let eager = try #require(StandardLoader.load(BuiltinStandard.sources, examples: false).standard)
        #expect(lazy.data.map { "\($0.path) \($0.key)" } == eager.data.map { "\($0.path) \($0.key)" })
        #expect(lazy.process.calendar.years.map(\.year) == eager.process.calendar.years.map(\.year))
        #expect(lazy.process.discussion == eager.process.discussion)
        #expect(lazy.process.monitoring == eager.process.monitoring)
        #expect(lazy.familyFiles.value.diagnostics.isEmpty)
    }

    @Test("documents of every kind on several threads at once get what one thread gives")
    func severalThreads() throws {
        let samples = ["minimal.yaml", "discussion-late.yaml", "monitoring-gaps.yaml", "competition-held.yaml"]
        let inputs = (0..<32).map { Input.file(Self.samples + "/" + samples[$0 % samples.count]) }
        func verdicts(_ standard: Standard, jobs: Int) -> [Verdict] {
            var found: [Verdict] = []
            BatchRunner(checker: Checker(standard: standard), jobs: jobs).run(inputs) { _, result in
                found.append(result.verdict)
                return true
            }
            return found
        }
        let eager = try #require(StandardLoader.load(BuiltinStandard.sources, examples: false).standard)
        #expect(verdicts(try Self.lazyBuiltin(), jobs: 4) == verdicts(eager, jobs: 1))
    }
}
