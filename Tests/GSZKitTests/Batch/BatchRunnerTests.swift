import GSZYAML
import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

@Suite("Batches: one result per input, in input order, whatever the number of jobs")
struct BatchRunnerTests {
    /// A folder of reports of every verdict plus broken ones, removed after the test.
    static func makeFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        for index in 0..<40 {
            let text: String = switch index % 5 {
            case 0: Reports.report([Reports.service(participants: 40, respondents: 40, satisfied: 40)])
            case 1: Reports.report([Reports.service(participants: 20)])
            case 2: "report: [broken\n"
            case 3: Reports.report([Reports.service(form: "webinar")])
            default: Reports.report([Reports.service(participants: 3, respondents: 3, satisfied: 1)])
            }
            let sub = index % 2 == 0 ? "" : "/b"
            try text.write(toFile: "\(folder)\(sub)/r\(String(format2: index)).yaml", atomically: true, encoding: .utf8)
        }
        try "not a report".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a folder is walked in name order, files before and after subfolders by name, only report extensions")
    func walkOrder() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = InputCollector.collect([folder]).map(\.path)
        #expect(paths.count == 40)
        #expect(paths == paths.sorted { lhs, rhs in
            // "b/…" sorts between "r…" names by the byte order of its component.
            lhs < rhs
        })
        #expect(!paths.contains { $0.hasSuffix(".txt") })
    }

    @Test("the same results in the same order with 1, 2 and 7 jobs", arguments: [2, 7])
    func orderIsStable(jobs: Int) throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = InputCollector.collect([folder])
        let checker = Checker(standard: try Reports.standard())
        var sequential: [(Int, String, Verdict)] = []
        BatchRunner(checker: checker, jobs: 1).run(inputs) { index, result in
            sequential.append((index, result.path, result.verdict))
            return true
        }
        var parallel: [(Int, String, Verdict)] = []
        BatchRunner(checker: checker, jobs: jobs).run(inputs) { index, result in
            parallel.append((index, result.path, result.verdict))
            return true
        }
        #expect(sequential.count == inputs.count)
        #expect(sequential.map(\.0) == Array(inputs.indices))
        #expect(parallel.map(\.1) == sequential.map(\.1))
        #expect(parallel.map(\.2) == sequential.map(\.2))
        #expect(Set(sequential.map(\.2)) == [.maximal, .minimal, .error, .notAssessed, .noncompliant])
    }

    @Test("every input gets exactly one result, missing and unreadable ones too")
    func oneResultEach() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = InputCollector.collect([folder + "/r00.yaml", folder + "/missing.yaml", folder, folder + "/r00.yaml"])
        var results: [FileResult] = []
        BatchRunner(checker: Checker(standard: try Reports.standard()), jobs: 2).run(inputs) { _, result in
            results.append(result)
            return true
        }
        #expect(results.count == 43)
        #expect(results[1].errorIDs == ["no_such_file"])
        #expect(results[0].verdict == results[42].verdict)
    }

    @Test("stopping early stops the batch")
    func stopsEarly() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var delivered = 0
        BatchRunner(checker: Checker(standard: try Reports.standard()), jobs: 2).run(InputCollector.collect([folder])) { _, _ in
            delivered += 1
            return delivered < 5
        }
        #expect(delivered == 5)
    }

    @Test("a file alone and the same file in a batch get the same verdict")
    func aloneAndInBatch() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let runner = BatchRunner(checker: Checker(standard: try Reports.standard()), jobs: 2)
        var inBatch: [String: Verdict] = [:]
        runner.run(InputCollector.collect([folder])) { _, result in
            inBatch[result.path] = result.verdict
            return true
        }
        for (path, verdict) in inBatch {
            #expect(runner.result(for: .file(path)).verdict == verdict)
        }
    }
}

@Suite("The built-in standard")
struct BuiltinStandardTests {
    @Test("loads without a single diagnostic")
    func loadsClean() throws {
        #expect(BuiltinStandard.load.diagnostics.map { "\($0.path):\($0.location?.description ?? "") \($0.message.text(in: .en))" } == [])
        let standard = try Reports.standard()
        #expect(standard.kinds.map(\.id) == ["training", "consulting", "information", "research", "events", "civic_center"])
        #expect(standard.kind("training")?.forms.map(\.id)
            == ["seminar", "training", "master_class", "lecture", "webinar", "video_lesson", "course", "internship"])
    }

    @Test("the reader's named slots exist in the report format")
    func slots() throws {
        let format = try Reports.standard().format
        for (path, slot) in [("id", ServiceSlot.id), ("kind", ServiceSlot.kind), ("form", ServiceSlot.form),
                             ("title", ServiceSlot.title), ("dates", ServiceSlot.dates), ("date", ServiceSlot.date)] {
            #expect(format.serviceLayout.slot(of: path) == slot, "\(path)")
        }
        let figures = format.figures
        for (path, slot) in [("participants", figures.participants), ("success_stories", figures.successStories),
                             ("feedback.satisfied", figures.satisfied), ("feedback.respondents", figures.respondents)] {
            #expect(slot != nil && format.serviceLayout.slot(of: path) == slot, "\(path)")
        }
        for slot in [HeaderSlot.ngoName, HeaderSlot.bin, HeaderSlot.project, HeaderSlot.contract, HeaderSlot.period] {
            #expect(slot >= 0 && slot < ReportSchema.rootLayout.count)
        }
    }

    @Test("changing a number in a standard file changes the verdict")
    func thresholdsAreData() throws {
        let service = Reports.report([Reports.service(participants: 20, respondents: 20, satisfied: 20)])
        let sources = BuiltinStandard.sources.map { source -> StandardSource in
            guard source.path.hasSuffix("training-conditions.yaml") else { return source }
            let text = String(decoding: source.bytes, as: UTF8.self)
                .replacingOccurrences(of: "participants: {minimal: 12, maximal: 35}", with: "participants: {minimal: 12, maximal: 20}")
            return StandardSource(path: source.path, text: text)
        }
        let edited = try #require(StandardLoader.load(sources).standard)
        let before = Checker(standard: try Reports.standard()).check(Array(service.utf8), path: "r.yaml")
        let after = Checker(standard: edited).check(Array(service.utf8), path: "r.yaml")
        #expect(before.services.first?.level("participants") == .minimal)
        #expect(after.services.first?.level("participants") == .maximal)
    }
}
