import Testing
@testable import GSZYAML

/// While libyaml parses on its own thread, the composer shows each mapping item of the root's
/// `services` list as soon as it is built; the final tree must hold the same nodes.
@Suite("Items shown while the file is still being parsed")
struct ListItemWatcherTests {
    /// Remembers what it was shown, read from the node during the call.
    final class Recorder: ListItemWatcher {
        let listKey = Array("services".utf8)
        var shown: [(position: Int, node: Int32, id: String)] = []
        var restarts = 0

        func itemComposed(_ item: YAMLNode, at position: Int) {
            shown.append((position, item.nodeNumber, item.value(forKey: "id")?.text ?? ""))
        }

        func restart() {
            restarts += 1
            shown.removeAll()
        }
    }

    static let piped = Composer.Piping(fromBytes: 0, batchEvents: 3)

    static let report = """
        report: {project: P}
        services:
          - {id: S1}
          - plain
          - &x {id: S3, inner: [1, {deep: 2}]}
          - *x
          - [a, b]
          - id: S6
            nested: {services: [{id: N}]}
        other:
          - {id: O1}

        """

    @Test("every mapping item of the root's list, with its position, and the final tree holds those nodes")
    func mappingItemsInOrder() throws {
        let recorder = Recorder()
        let result = YAMLDocument.parse(Array(Self.report.utf8), limits: .default, piping: Self.piped, watcher: recorder)
        #expect(result.errors.isEmpty)
        #expect(recorder.shown.map(\.position) == [0, 2, 5])
        #expect(recorder.shown.map(\.id) == ["S1", "S3", "S6"])
        let items = try #require(result.document?.root.value(forKey: "services")).items
        #expect(recorder.shown.map(\.node) == [0, 2, 5].map { items[$0].nodeNumber })
        // The alias at position 3 repeats S3 but is a node of its own.
        #expect(items[3].nodeNumber != items[2].nodeNumber)
    }

    @Test("nothing is shown when libyaml runs on the caller's thread, or for a list that is not the root's", arguments: [
        "services:\n  - {id: A}\n",
        "x:\n  services:\n    - {id: A}\n",
        "- services\n- [{id: A}]\n",
        "? services\n: [{id: A}]\n",
        "services: {id: A}\n",
        "[services]: [{id: A}]\n",
    ])
    func notShown(text: String) {
        let recorder = Recorder()
        let piping = text == "services:\n  - {id: A}\n" ? Composer.Piping.never : Self.piped
        _ = YAMLDocument.parse(Array(text.utf8), limits: .default, piping: piping, watcher: recorder)
        #expect(recorder.shown.map(\.id) == (text.hasPrefix("? services") ? ["A"] : []))
    }

    @Test("a second reading of the file's surrogate escapes starts the watcher over")
    func restartsForSecondReading() {
        let recorder = Recorder()
        let text = "services:\n  - {id: S1, note: \\ud83d\\ude00}\n  - {id: S2}\n"
        let result = YAMLDocument.parse(Array(text.utf8), limits: .default, piping: Self.piped, watcher: recorder)
        #expect(result.errors.isEmpty)
        #expect(recorder.restarts == 1)
        #expect(recorder.shown.map(\.id) == ["S1", "S2"])
    }
}
