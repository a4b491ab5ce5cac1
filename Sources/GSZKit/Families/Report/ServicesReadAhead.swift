import GSZYAML

/// A large report's services, read and judged while libyaml is still parsing the rest of the
/// file: the YAML layer shows each service as soon as it is built (`ListItemWatcher`).
///
/// What is kept is only what reading the whole report would give in the same place: a
/// service read without a single problem. A service with any error or warning is read again
/// with the report, so every message, its order and the caps on them stay as they are.
final class ServicesReadAhead: ListItemWatcher {
    let listKey = Array("services".utf8)
    private let reader: ReportReader
    private let evaluator: Evaluator
    /// By position in the list; `nil` where nothing was kept.
    private var kept: [Service?] = []
    /// The positions whose service the report took (`service(for:at:)`), whose results stand.
    private var taken = Set<Int>()

    /// A service read ahead: the node it was read from, its fields and its result.
    struct Service {
        let node: Int32
        let record: ServiceRecord
        let result: ServiceResult
    }

    init(reader: ReportReader, evaluator: Evaluator) {
        self.reader = reader
        self.evaluator = evaluator
    }

    func itemComposed(_ item: YAMLNode, at position: Int) {
        let (record, diagnostics) = reader.readService(item, path: "")
        guard let record, diagnostics.isEmpty else { return }
        if kept.count <= position { kept.append(contentsOf: repeatElement(nil, count: position + 1 - kept.count)) }
        kept[position] = Service(node: item.nodeNumber, record: record, result: evaluator.evaluate(record))
    }

    func restart() {
        kept.removeAll()
        taken.removeAll()
    }

    /// The service kept for `item`, the list's item at `position`, which the report takes:
    /// only when it is the very node read ahead (not a second `services` list, not an alias to it).
    func service(for item: YAMLNode, at position: Int) -> Service? {
        guard position < kept.count, let service = kept[position], service.node == item.nodeNumber else { return nil }
        taken.insert(position)
        return service
    }

    /// The result kept for the service at `position`, when the report took that service from
    /// here; `nil` when the report read the service itself.
    func result(at position: Int) -> ServiceResult? {
        taken.contains(position) ? kept[position]?.result : nil
    }
}
