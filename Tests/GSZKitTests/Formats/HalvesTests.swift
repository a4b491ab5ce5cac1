import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

/// A file of thousands of services has its second half written on a thread of its own; what
/// comes out must be what one thread writes, in the same order.
@Suite("Writing a long run of services in two halves")
struct HalvesTests {
    @Test("the bytes are those of one thread, just under, at and past the threshold", arguments: [
        0, 1, OutputBuffer.halvesFrom - 1, OutputBuffer.halvesFrom, OutputBuffer.halvesFrom + 1, 10_001,
    ])
    func sameBytes(count: Int) {
        let items = Array(0..<count)
        var halves = OutputBuffer()
        halves.write("head\n")
        halves.write(items, inHalves: { items, output in
            for item in items { output.write("item \(item)\n") }
        })
        halves.write("tail\n")
        let expected = "head\n" + items.map { "item \($0)\n" }.joined() + "tail\n"
        #expect(String(decoding: halves.bytes, as: UTF8.self) == expected)
    }

    @Test("each piece is written once, some on another thread once past the threshold")
    func piecesShared() {
        let items = Array(0..<OutputBuffer.halvesFrom)
        let caller = pthread_self()
        let calls = Calls()
        var output = OutputBuffer()
        output.write(items, inHalves: { items, _ in
            calls.add(items.startIndex, items.endIndex, onCaller: pthread_equal(pthread_self(), caller) != 0)
            // Long enough a piece that the other thread is under way before the caller is done.
            usleep(2_000)
        })
        let seen = calls.seen.sorted { $0.start < $1.start }
        #expect(seen.count == TwoThreads.pieces)
        #expect(seen.first?.start == 0)
        #expect(seen.last?.end == items.count)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.end == $1.start })
        // The caller writes from the front, the other thread from the back.
        #expect(seen.first?.onCaller == true)
        #expect(seen.last?.onCaller == false)
        #expect(seen.drop(while: { $0.onCaller }).allSatisfy { !$0.onCaller })
    }

    @Test("the pieces come out in order whichever thread is faster", arguments: [false, true])
    func orderWhicheverIsFaster(callerIsSlow: Bool) {
        let items = Array(0..<(OutputBuffer.halvesFrom + 7))
        let caller = pthread_self()
        var output = OutputBuffer()
        output.write(items, inHalves: { items, output in
            if (pthread_equal(pthread_self(), caller) != 0) == callerIsSlow { usleep(3_000) }
            for item in items { output.write("\(item),") }
        })
        #expect(String(decoding: output.bytes, as: UTF8.self) == items.map { "\($0)," }.joined())
    }

    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var seen: [(start: Int, end: Int, onCaller: Bool)] = []
        func add(_ start: Int, _ end: Int, onCaller: Bool) {
            lock.withLock { seen.append((start, end, onCaller)) }
        }
    }

    @Test("every service of a long report appears in order, as often as the first, in each format written in halves",
          arguments: ["text", "markdown", "html", "junit", "csv", "github", "json"])
    func servicesInOrder(format: String) throws {
        let count = 2 * OutputBuffer.halvesFrom + 3
        // Below maximal, so that GitHub writes a line for each service.
        let services = (0..<count).map { Reports.service(id: "Q\($0)x", participants: 20 + $0 % 10) }
        let result = try Reports.check(Reports.report(services))
        #expect(result.services.count == count)
        let standard = try Reports.standard()
        let options = RenderOptions(language: .en, required: .maximal, color: false, standard: standard, toolVersion: "t")
        let formats: [String: any OutputFormat] = [
            "text": TextFormat(options: options), "markdown": MarkdownFormat(options: options),
            "html": HTMLFormat(options: options), "junit": JUnitFormat(options: options),
            "csv": CSVFormat(options: options), "github": GitHubFormat(options: options),
            "json": JSONFormat(options: options),
        ]
        let text = String(decoding: try #require(formats[format]).render([result], required: .maximal), as: UTF8.self)
        var position = text.startIndex
        for index in 0..<count {
            let found = try #require(text.range(of: "Q\(index)x", range: position..<text.endIndex), "Q\(index)x in \(format)")
            position = found.upperBound
        }
        // Services alike appear alike often (a fix list names them again), halves or not.
        let times = { (id: Int) in text.components(separatedBy: "Q\(id)x").count - 1 }
        #expect(times(0) >= 1)
        #expect(times(count / 2) == times(0))
        #expect(times(count - 1) == times(0))
    }
}

extension HalvesTests {
    @Test("JSON written in halves is one valid document with every service")
    func jsonStaysValid() throws {
        let count = OutputBuffer.halvesFrom + 5
        let result = try Reports.check(Reports.report((0..<count).map { Reports.service(id: "J\($0)") }))
        let options = RenderOptions(language: .ru, required: .minimal, color: false, standard: try Reports.standard(), toolVersion: "t")
        let bytes = JSONFormat(options: options).render([result], required: .minimal)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let services = try #require(files.first?["services"] as? [[String: Any]])
        #expect(services.map { $0["id"] as? String } == (0..<count).map { "J\($0)" })
    }
}

extension HalvesTests {
    @Test("a map shared by two threads is the map on one, just under, at and past the threshold", arguments: [
        0, OutputBuffer.halvesFrom - 1, OutputBuffer.halvesFrom, 10_001,
    ])
    func mapInHalves(count: Int) {
        let items = Array(0..<count)
        #expect(items.mapInHalves { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }

    @Test("a shared map keeps the order whichever thread is faster", arguments: [false, true])
    func mapOrderWhicheverIsFaster(callerIsSlow: Bool) {
        let items = Array(0..<(OutputBuffer.halvesFrom + 7))
        let caller = pthread_self()
        let mapped = items.mapInHalves { item in
            // One slow element a piece is enough to let the other thread take more pieces.
            if item % 64 == 0, (pthread_equal(pthread_self(), caller) != 0) == callerIsSlow { usleep(3_000) }
            return "\(item)"
        }
        #expect(mapped == items.map { "\($0)" })
    }
}
