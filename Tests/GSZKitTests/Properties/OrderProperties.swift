import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

/// Verdicts depend on what is in a file, never on where things stand: the order of its
/// services, the order of the files, or whether it is checked alone or in a batch.
@Suite("Properties: order and company never change a verdict")
struct OrderProperties {
    @Test("shuffling a report's services changes neither the file verdict nor any service's")
    func serviceOrder() throws {
        var generator = ReportGenerator(seed: 0x5EED_0002)
        for _ in 0..<300 {
            let services = generator.services(errors: true)
            let shuffled = services.shuffled(using: &generator.random)
            let original = try Reports.check(ReportGenerator.report(services))
            let reordered = try Reports.check(ReportGenerator.report(shuffled))
            let context = Comment(rawValue: ReportGenerator.report(services))
            #expect(original.verdict == reordered.verdict, context)
            #expect(original.errors.count == reordered.errors.count, context)
            let byID = Dictionary(uniqueKeysWithValues: original.services.map { ($0.id, $0.verdict) })
            for service in reordered.services { #expect(byID[service.id] == service.verdict, context) }
        }
    }

    /// A folder of `count` generated reports, some with errors, and each file's text by path.
    static func writeReports(_ count: Int, seed: UInt64) throws -> (folder: String, texts: [String: String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-order-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var generator = ReportGenerator(seed: seed)
        var texts: [String: String] = [:]
        for index in 0..<count {
            let path = "\(folder)/r\(index).yaml"
            let text = ReportGenerator.report(generator.services(errors: true))
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            texts[path] = text
        }
        return (folder, texts)
    }

    @Test("a file's verdict is the same alone and in a batch, in any order, with any number of jobs",
          arguments: [1, 3])
    func fileOrder(jobs: Int) throws {
        let (folder, texts) = try Self.writeReports(200, seed: 0x5EED_0003)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let checker = Checker(standard: try Reports.standard())
        let alone = texts.mapValues { checker.check(Array($0.utf8), path: "alone").verdict }
        var generator = SeededGenerator(seed: 0x5EED_0004 &+ UInt64(jobs))
        for _ in 0..<3 {
            let inputs = texts.keys.sorted().shuffled(using: &generator).map(Input.file)
            var seen: [String] = []
            BatchRunner(checker: checker, jobs: jobs).run(inputs) { _, result in
                seen.append(result.path)
                #expect(result.verdict == alone[result.path], "\(result.path)")
                return true
            }
            #expect(seen == inputs.map(\.path))
        }
    }
}
