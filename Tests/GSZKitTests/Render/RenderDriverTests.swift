import Testing
import GSZKit

/// The driver's order, for one output or several at once, and how it honours what a
/// format declares: realtime parts as they come, the rest at the end.
@Suite struct RenderDriverTests {
    /// A format that names each part it writes: `B`, `F<position>`, `T<position>`, `E<files>`.
    struct Marks: OutputFormat {
        init(options: RenderOptions) {}
        func begin(into output: inout OutputBuffer) { output.write("B ") }
        func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) { output.write("F\(position) ") }
        func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) { output.write("T\(position) ") }
        func end(_ summary: BatchSummary, into output: inout OutputBuffer) { output.write("E\(summary.files)") }
    }

    /// The same, needing the whole batch: everything comes at the end, in brackets.
    struct WholeMarks: OutputFormat {
        static let isRealtime = false
        let marks: Marks
        init(options: RenderOptions) { marks = Marks(options: options) }
        func begin(into output: inout OutputBuffer) { marks.begin(into: &output) }
        func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
            marks.file(result, position: position, into: &output)
        }
        func trailer(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
            marks.trailer(result, position: position, into: &output)
        }
        func end(_ summary: BatchSummary, into output: inout OutputBuffer) { marks.end(summary, into: &output) }
        func packager() -> any OutputPackager { Brackets() }
    }

    /// Keeps what it takes and hands it back in brackets.
    final class Brackets: OutputPackager {
        private var kept = Array("[".utf8)
        func take(_ written: UnsafeRawBufferPointer) { kept += written }
        func finish() -> [UInt8] { kept + Array("]".utf8) }
    }

    /// Notes every write, and each delivery (`|position`) in one log, so the log shows when
    /// bytes went out.
    final class Log: RenderSink {
        var entries: [String] = []
        var isOpen = true
        func write(_ bytes: UnsafeRawBufferPointer) { entries.append(String(decoding: bytes, as: UTF8.self)) }
    }

    static let inputs = (0..<40).map { Input.unusable("f\($0).yaml", .noSuchFile) }

    @Test("several outputs at once, on several threads: each begins, takes its parts in input order, then trailers and end",
          arguments: [1, 4])
    func order(jobs: Int) {
        let (streamed, whole) = (Log(), Log())
        let options = FormatBatch.options()
        let driver = RenderDriver([RenderOutput(Marks.self, options: options, to: streamed),
                                   RenderOutput(WholeMarks.self, options: options, to: whole)])
        let summary = driver.run(Self.inputs, with: BatchRunner(checker: Rendering.checker, jobs: jobs),
                                 delivered: { position, _ in streamed.entries.append("|\(position)") })
        let files = Self.inputs.indices.map { "F\($0) " }.joined()
        let trailers = Self.inputs.indices.map { "T\($0) " }.joined()
        #expect(summary.files == Self.inputs.count)
        #expect(streamed.entries.joined() == "B " + Self.inputs.indices.map { "F\($0) |\($0)" }.joined() + trailers + "E40")
        #expect(whole.entries == ["[B " + files + trailers + "E40]"], "nothing before the end, all of it then")
    }

    @Test("rendering results already checked gives the bytes a run gives")
    func renderMatchesRun() {
        let options = FormatBatch.options()
        let (ran, rendered) = (MemorySink(), MemorySink())
        _ = RenderDriver([RenderOutput(Marks.self, options: options, to: ran)])
            .run(Self.inputs, with: BatchRunner(checker: Rendering.checker, jobs: 3))
        let results = Self.inputs.map { BatchRunner(checker: Rendering.checker, jobs: 1).result(for: $0) }
        RenderDriver([RenderOutput(Marks(options: options), to: rendered)]).render(results)
        #expect(!ran.bytes.isEmpty && ran.bytes == rendered.bytes)
    }

    @Test("a run stops early once no output takes bytes, and still ends every output")
    func stopsWhenNoOneReads() {
        let log = Log()
        let summary = RenderDriver([RenderOutput(Marks.self, options: FormatBatch.options(), to: log)])
            .run(Self.inputs, with: BatchRunner(checker: Rendering.checker, jobs: 1), delivered: { position, _ in
                if position == 2 { log.isOpen = false }
            })
        #expect(summary.files == 3)
        #expect(log.entries.joined() == "B F0 F1 F2 T0 T1 T2 E3")
    }
}
