import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// Between a folder walk listing a file and a worker reading it, the file can go away or
/// be replaced by something that is not a file. Each still gets one result, an error that
/// says what happened, and the read never blocks.
@Suite("Inputs that change between listing and reading")
struct VanishingInputTests {
    @Test("a file deleted and a file replaced by a FIFO after the walk each get an error; the rest are checked")
    func changedAfterListing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-vanish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = Reports.report([Reports.service()])
        for name in ["a", "deleted", "fifo"] {
            try report.write(toFile: "\(folder)/\(name).yaml", atomically: true, encoding: .utf8)
        }
        let inputs = InputCollector.collect([folder])
        #expect(inputs == ["a", "deleted", "fifo"].map { .file("\(folder)/\($0).yaml") })

        try FileManager.default.removeItem(atPath: folder + "/deleted.yaml")
        try FileManager.default.removeItem(atPath: folder + "/fifo.yaml")
        #expect(mkfifo(folder + "/fifo.yaml", 0o644) == 0)  // no writer: a blocking open would hang

        let runner = BatchRunner(checker: Checker(standard: try Reports.standard()), jobs: 2)
        var results: [FileResult] = []
        runner.run(inputs) { _, result in
            results.append(result)
            return true
        }
        #expect(results.map(\.path) == inputs.map(\.path))
        #expect(results.map(\.verdict) == [.minimal, .error, .error])
        #expect(results[1].errorIDs == ["no_such_file"])
        #expect(results[2].errorIDs == ["not_a_regular_file"])
    }
}
