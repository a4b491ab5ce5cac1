import GSZYAML

/// A large report's services, read and judged while libyaml is still parsing the rest of the
/// file: the YAML layer shows each service as soon as it is built (`ListItemWatcher`).
///
/// What is kept is only what reading the whole report would give in the same place: a
/// service read without a single problem. A service with any error or warning is read again
/// with the report, so every message, its order and the caps on them stay as they are.
///
/// The report takes what it uses: fields and results move out rather than being copied, so
/// tens of thousands of services are neither copied nor freed twice after the parse, when
/// nothing else runs beside it.
final class ServicesReadAhead: ListItemWatcher {
    let listKey = Array("services".utf8)
    private let reader: ReportReader
    private let evaluator: Evaluator
    /// By position in the list, until the report takes it: the node a service was read from
    /// and its fields; `nil` where nothing was kept.
    private var records: [(node: Int32, record: ServiceRecord)?] = []
    /// By position, the result of each service kept. Where the fields are gone but the result
    /// is there, the report took the service (`service(for:at:)`), and the result stands.
    private var results: [ServiceResult?] = []

    init(reader: ReportReader, evaluator: Evaluator) {
        self.reader = reader
        self.evaluator = evaluator
    }

    func itemComposed(_ item: YAMLNode, at position: Int) {
        let (record, diagnostics) = reader.readService(item, path: "")
        guard let record, diagnostics.isEmpty else { return }
        if records.count <= position {
            let missing = position + 1 - records.count
            records.append(contentsOf: repeatElement(nil, count: missing))
            results.append(contentsOf: repeatElement(nil, count: missing))
        }
        records[position] = (item.nodeNumber, record)
        results[position] = evaluator.evaluate(record)
    }

    func restart() {
        records.removeAll()
        results.removeAll()
    }

    /// The fields kept for `item`, the list's item at `position`, taken by the report: only
    /// when it is the very node read ahead (not a second `services` list, not an alias to it).
    func service(for item: YAMLNode, at position: Int) -> ServiceRecord? {
        guard position < records.count, records[position]?.node == item.nodeNumber else { return nil }
        return records[position].take()?.record
    }

    /// The result kept for the service at `position`, taken when the report took that service
    /// from here; `nil` when the report read the service itself.
    func takeResult(at position: Int) -> ServiceResult? {
        position < records.count && records[position] == nil ? results[position].take() : nil
    }
}
