/// Runs outputs over a batch in the one order every client writes: each output's beginning,
/// then each file's part in input order (made on the thread that checked the file), then
/// the trailers and each output's end. A format that is realtime gets each part as it comes;
/// one that needs the whole batch gets everything at the end (see `OutputFormat.isRealtime`,
/// `SummaryFormat`).
///
/// `gsz check` and `gsz summary` run it over their inputs; the server and the tests render
/// results already checked with `render`.
public struct RenderDriver {
    private let lanes: [any Lane]
    private let required: RequiredLevel

    /// A driver for `outputs`, counting files that fail `required` in the summary their ends get.
    public init(_ outputs: [RenderOutput], required: RequiredLevel = .minimal) {
        lanes = outputs.map(\.lane)
        self.required = required
    }

    /// Checks `inputs` with `runner` and writes every output. `delivered` is told of each file
    /// once its parts are written, in input order; `finished` once the last is, before the
    /// ends (a progress line is cleared there). Stops early when no output takes bytes any more.
    public func run(_ inputs: [Input], with runner: BatchRunner, delivered: (Int, Verdict) -> Void = { _, _ in },
                    finished: () -> Void = {}) -> BatchSummary {
        drive(.inputs(inputs, runner), delivered: delivered, finished: finished)
    }

    /// Writes every output for `results`, on this thread.
    @discardableResult
    public func render(_ results: [FileResult]) -> BatchSummary {
        drive(.results(results), delivered: { _, _ in }, finished: {})
    }

    /// Where the files come from.
    private enum Batch {
        /// Inputs to check, on the runner's threads.
        case inputs([Input], BatchRunner)
        /// Results already checked.
        case results([FileResult])
    }

    private func drive(_ batch: Batch, delivered: (Int, Verdict) -> Void, finished: () -> Void) -> BatchSummary {
        for lane in lanes { lane.begin() }
        let makers = lanes.map(\.makePart)
        let makeTransform = { @Sendable () -> @Sendable (Int, FileResult) -> RenderedFile in
            let makeParts = makers.map { $0() }
            return { position, result in
                RenderedFile(verdict: result.verdict, warnings: result.warningCount, parts: makeParts.map { $0(position, result) })
            }
        }
        var summary = BatchSummary()
        func deliver(_ position: Int, _ file: RenderedFile) -> Bool {
            summary.add(verdict: file.verdict, warnings: file.warnings, required: required)
            for (lane, part) in zip(lanes, file.parts) { lane.take(part) }
            delivered(position, file.verdict)
            // Go on while any output still takes bytes: `gsz check … --output json=FILE | head`
            // must still write all of FILE; stop early only when no one reads any more.
            return lanes.contains { $0.sink.isOpen }
        }
        switch batch {
        case .inputs(let inputs, let runner):
            runner.run(inputs, makeTransform: makeTransform, deliver: deliver)
        case .results(let results):
            let transform = makeTransform()
            for (position, result) in results.enumerated() where !deliver(position, transform(position, result)) { break }
        }
        finished()
        for lane in lanes { lane.end(summary) }
        return summary
    }
}

/// One file's parts, made on the thread that checked it: what the writing thread needs, and no more.
private struct RenderedFile: Sendable {
    let verdict: Verdict
    let warnings: Int
    /// The part for each output, in the order of the outputs.
    let parts: [any Sendable]
}
