/// Where one output's bytes go: standard output or a file for `gsz`, memory for the server
/// and the tests.
public protocol RenderSink: AnyObject {
    /// Writes `bytes` after those written before.
    func write(_ bytes: UnsafeRawBufferPointer)
    /// Whether the sink still takes bytes: false once its reader went away or a write failed.
    var isOpen: Bool { get }
}

/// A sink that keeps every byte in memory.
public final class MemorySink: RenderSink {
    /// Everything written.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    /// Keeps `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    /// Always: memory takes everything.
    public var isOpen: Bool { true }
}

/// One output of a run: a format, its options, and the sink its bytes go to.
public struct RenderOutput {
    let lane: any Lane

    /// `format` with `options` to `sink`, with a renderer of its own on each thread (renderers
    /// keep caches of sentences, and no thread should wait on another's).
    public init(_ format: any OutputFormat.Type, options: RenderOptions, to sink: any RenderSink) {
        lane = FormatLane(make: { format.init(options: options) }, isRealtime: format.isRealtime, sink: sink)
    }

    /// `renderer` to `sink`, the one renderer on every thread: for callers that keep renderers
    /// made once (they are `Sendable` and guard their caches).
    public init(_ renderer: any OutputFormat, to sink: any RenderSink) {
        lane = FormatLane(make: { renderer }, isRealtime: type(of: renderer).isRealtime, sink: sink)
    }

    /// The summary table `format` over the whole batch, to `sink`; `duplicates` is told of the
    /// reports given twice just before the table is written, for the warnings.
    public init(_ format: any SummaryFormat.Type, options: RenderOptions, filing: SummaryFiling = SummaryFiling(),
                to sink: any RenderSink, duplicates: @escaping ([DuplicateReport]) -> Void = { _ in }) {
        lane = SummaryLane(format: format, options: options, filing: filing, sink: sink, duplicates: duplicates)
    }
}

/// One output while a batch runs: what each file becomes on the thread that checked it
/// (`makePart`, called once for each thread), and what the writing thread does with it.
protocol Lane: AnyObject {
    var sink: any RenderSink { get }
    var makePart: @Sendable () -> @Sendable (Int, FileResult) -> any Sendable { get }
    func begin()
    /// Takes a part `makePart` made, in input order.
    func take(_ part: any Sendable)
    func end(_ summary: BatchSummary)
}

extension Lane {
    func write(_ fill: (inout OutputBuffer) -> Void) {
        var buffer = OutputBuffer()
        fill(&buffer)
        buffer.withBytes { sink.write(UnsafeRawBufferPointer($0)) }
    }
}

/// A file's part in a format of results: its bytes, and its trailer's.
private struct FilePart: Sendable {
    let bytes: WrittenBytes
    let trailer: [UInt8]
}

/// An output of `OutputFormat`: parts go to the sink as they come when the format is realtime,
/// else to the format's packager as they come, and what it makes to the sink at the end.
private final class FormatLane: Lane {
    let sink: any RenderSink
    let makePart: @Sendable () -> @Sendable (Int, FileResult) -> any Sendable
    /// The writing thread's renderer, for `begin` and `end`.
    private let renderer: any OutputFormat
    /// Where the parts of a format that is not realtime go.
    private let packager: (any OutputPackager)?
    /// Trailers wait until every file's part is written.
    private var trailers: [UInt8] = []

    init(make: @escaping @Sendable () -> any OutputFormat, isRealtime: Bool, sink: any RenderSink) {
        self.sink = sink
        renderer = make()
        packager = isRealtime ? nil : renderer.packager()
        makePart = {
            let renderer = make()
            return { position, result in
                var part = OutputBuffer()
                renderer.file(result, position: position, into: &part)
                var trailer = OutputBuffer()
                renderer.trailer(result, position: position, into: &trailer)
                return FilePart(bytes: part.finish(), trailer: trailer.bytes)
            }
        }
    }

    func begin() {
        emit { renderer.begin(into: &$0) }
    }

    func take(_ part: any Sendable) {
        let part = part as! FilePart  // made by this lane's `makePart`
        if let packager { part.bytes.withBytes(packager.take) } else { part.bytes.withBytes(sink.write) }
        trailers += part.trailer
    }

    func end(_ summary: BatchSummary) {
        emit { output in
            trailers.withUnsafeBufferPointer { output.append($0) }
            renderer.end(summary, into: &output)
        }
        if let packager { packager.finish().withUnsafeBytes(sink.write) }
    }

    private func emit(_ fill: (inout OutputBuffer) -> Void) {
        guard let packager else { return write(fill) }
        var buffer = OutputBuffer()
        fill(&buffer)
        buffer.withBytes { packager.take(UnsafeRawBufferPointer($0)) }
    }
}

/// An output of `SummaryFormat`: every file folded into one summary, the table at the end.
private final class SummaryLane: Lane {
    let sink: any RenderSink
    let makePart: @Sendable () -> @Sendable (Int, FileResult) -> any Sendable = { { _, result in SummaryEntry(result) } }
    private let format: any SummaryFormat.Type
    private let options: RenderOptions
    private let filing: SummaryFiling
    private let duplicates: ([DuplicateReport]) -> Void
    private var summary: MonitoringSummary

    init(format: any SummaryFormat.Type, options: RenderOptions, filing: SummaryFiling, sink: any RenderSink,
         duplicates: @escaping ([DuplicateReport]) -> Void) {
        self.format = format
        self.options = options
        self.filing = filing
        self.sink = sink
        self.duplicates = duplicates
        summary = MonitoringSummary(standard: options.standard)
    }

    func begin() {}

    func take(_ part: any Sendable) {
        summary.add(part as! SummaryEntry)  // made by this lane's `makePart`
    }

    func end(_: BatchSummary) {
        duplicates(summary.duplicates)
        write { format.init(summary: summary, options: options, filing: filing).write(into: &$0) }
    }
}
