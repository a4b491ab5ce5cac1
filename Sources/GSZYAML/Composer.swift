internal import CYAML

/// Builds a document's node tree from libyaml events, without recursion, within limits.
///
/// Every limit is enforced here, at the event where it is crossed, so hostile input stops
/// early: nesting depth when a collection opens, the alias budget when an alias arrives
/// (counting the full size of what it repeats), the node count as nodes are made.
struct Composer: ~Copyable {
    let source: [UInt8]
    private let limits: YAMLLimits
    private let piping: Piping
    /// Shown each item of its list as it closes, when libyaml runs on a thread of its own.
    let watcher: (any ListItemWatcher)?
    var watching = false
    /// The sequence whose items the watcher is shown, once it has opened.
    var watchedList: Int32?
    var nodes: GrowableBuffer<NodeRecord>
    var children: GrowableBuffer<Int32>
    /// Children of the collections still open, innermost last.
    var pending: GrowableBuffer<Int32>
    var open: [OpenCollection] = []
    private var anchors: [String: Int32] = [:]
    private var aliasedNodes = 0
    var scalarBytes: GrowableBuffer<UInt8>
    private var root: Int32?
    var errors: [YAMLError] = []
    private var stopped = false
    /// The surrogate pairs rewritten in what libyaml reads, when the source has any.
    private var escapes: SurrogateEscapes?

    struct OpenCollection {
        let node: Int32
        let firstPending: Int
        let anchor: String?
    }

    init(
        source: [UInt8], escapes: SurrogateEscapes?, limits: YAMLLimits, piping: Piping = .standard,
        watcher: (any ListItemWatcher)? = nil
    ) {
        self.source = source
        self.piping = piping
        self.watcher = watcher
        self.escapes = escapes
        self.limits = limits
        // Sized from what reports look like (a node per 10 bytes, half the bytes in
        // scalars), so a typical report never grows a buffer.
        nodes = GrowableBuffer(capacity: source.count / 10)
        children = GrowableBuffer(capacity: source.count / 10)
        pending = GrowableBuffer(capacity: 64)
        scalarBytes = GrowableBuffer(capacity: source.count / 2)
    }

    /// The tree and the problems found, and which rewritten pairs were met in double quotes.
    consuming func compose() -> (result: YAMLParseResult, escapes: SurrogateEscapes?) {
        let source = self.source
        guard !source.isEmpty else { return (YAMLParseResult(document: nil, errors: [YAMLError(.empty, at: .start)]), nil) }
        (escapes?.input ?? source).withUnsafeBufferPointer { input in
            if input.count >= piping.fromBytes, var events = EventPipe.start(input, batchEvents: piping.batchEvents) {
                watching = watcher != nil
                read(&events)
            } else {
                let parser = EventParser(input: input)
                guard parser.isReady else {
                    stop(.syntax(problem: "out of memory", context: nil), at: nil)
                    return
                }
                var events = DirectEvents(parser)
                read(&events)
            }
        }
        if stopped { return (YAMLParseResult(document: nil, errors: errors), escapes) }
        guard let root, !isEmptyScalar(root) else {
            return (YAMLParseResult(document: nil, errors: errors + [YAMLError(.empty, at: .start)]), escapes)
        }
        let found = errors
        let confirmed = escapes
        let document = YAMLDocument(
            source: source, nodes: nodes.take(), children: children.take(), scalarBytes: scalarBytes.take(),
            rootIndex: root)
        return (YAMLParseResult(document: document, errors: found), confirmed)
    }

    /// Builds the tree from `events` until the stream ends, libyaml fails or a limit stops it.
    private mutating func read<Events: ParserEvents & ~Copyable>(_ events: inout Events) {
        var documents = 0
        while !stopped {
            switch events.next() {
            case .failure(let failure):
                errors.append(failure.error(in: source, escapes: escapes))
                stopped = true
            case .event(let event):
                if event.type == YAML_STREAM_END_EVENT { return }
                if event.type == YAML_DOCUMENT_START_EVENT {
                    documents += 1
                    if documents > 1 { stop(.multipleDocuments, at: locate(event.startMark)) }
                } else {
                    handle(event)
                }
            }
        }
    }

    /// Where libyaml's `mark` is in the source as written.
    private func locate(_ mark: yaml_mark_t) -> SourceLocation {
        escapes?.location(of: mark) ?? SourceLocation(mark)
    }

    private mutating func handle(_ event: ParserEvent) {
        let at = locate(event.startMark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            if event.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE { escapes?.confirm(from: event.startMark, to: event.endMark) }
            let start = scalarBytes.count
            if let value = event.value, event.length > 0 {
                scalarBytes.append(UnsafeBufferPointer(start: value, count: event.length))
            }
            let style = Self.style(event.style)
            let tag = scalarTag(event.tag, bytes: start..<scalarBytes.count, at: at)
            guard let node = makeNode(.scalar, style: style, tag: tag, at: at,
                                      start: start, count: event.length, size: 1) else { return }
            if let anchor = event.anchor { anchors[String(cString: anchor)] = node }
            attach(node)
        case YAML_SEQUENCE_START_EVENT:
            openCollection(.sequence, tag: collectionTag(event.tag, kind: .sequence, at: at), anchor: event.anchor, at: at)
        case YAML_MAPPING_START_EVENT:
            openCollection(.mapping, tag: collectionTag(event.tag, kind: .mapping, at: at), anchor: event.anchor, at: at)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            closeCollection()
        case YAML_ALIAS_EVENT:
            let name = event.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                stop(.undefinedAlias(name), at: at)
                return
            }
            aliasedNodes += Int(nodes[Int(target)].expandedSize)
            guard aliasedNodes <= limits.maxAliasedNodes else {
                stop(.tooManyAliasedNodes(limit: limits.maxAliasedNodes), at: at)
                return
            }
            guard let node = alias(of: target, at: at) else { return }
            attach(node)
        default:
            break  // stream start, document end: nothing to build
        }
    }

    private mutating func openCollection(
        _ kind: YAMLNode.Kind, tag: YAMLNode.Tag, anchor: UnsafePointer<UInt8>?, at: SourceLocation
    ) {
        guard open.count < limits.maxDepth else {
            stop(.tooDeep(limit: limits.maxDepth), at: at)
            return
        }
        guard let node = makeNode(kind, style: .plain, tag: tag, at: at, start: 0, count: 0, size: 1) else { return }
        // The anchor is registered when the collection closes: an alias inside it to itself
        // would make a cycle, and is reported as naming no anchor defined before it.
        open.append(OpenCollection(node: node, firstPending: pending.count, anchor: anchor.map { String(cString: $0) }))
        if kind == .sequence { watchIfListed(node) }
    }

    private mutating func closeCollection() {
        guard let collection = open.popLast() else { return }
        let members = collection.firstPending..<pending.count
        var size = 1
        for position in members { size += Int(nodes[Int(pending[position])].expandedSize) }
        let index = Int(collection.node)
        var record = nodes[index]
        record.start = UInt32(children.count)
        record.count = UInt32(members.count)
        // Bounded by the node and alias limits, which are far below UInt32.max.
        record.expandedSize = UInt32(min(size, Int(UInt32.max)))
        nodes[index] = record
        children.append(from: pending, range: members)
        pending.truncate(to: collection.firstPending)
        if record.kind == .mapping { reportDuplicateKeys(in: index) }
        if let anchor = collection.anchor { anchors[anchor] = collection.node }
        attach(collection.node)
        showIfListItem(collection.node)
    }

    private mutating func makeNode(
        _ kind: YAMLNode.Kind, style: YAMLNode.Style, tag: YAMLNode.Tag, at: SourceLocation,
        start: Int, count: Int, size: UInt32
    ) -> Int32? {
        guard nodes.count < limits.maxNodes, scalarBytes.count < Int(UInt32.max) else {
            stop(.tooManyNodes(limit: limits.maxNodes), at: at)
            return nil
        }
        nodes.append(NodeRecord(
            kind: kind, style: style, tag: tag,
            line: UInt32(clamping: at.line), column: UInt32(clamping: at.column),
            start: UInt32(start), count: UInt32(count), expandedSize: size))
        return Int32(nodes.count - 1)
    }

    /// A record for the alias at `at`: the anchored node's, sharing its children and bytes, at
    /// the alias's place, so what is found through it is reported where the alias stands.
    private mutating func alias(of target: Int32, at: SourceLocation) -> Int32? {
        guard nodes.count < limits.maxNodes else {
            stop(.tooManyNodes(limit: limits.maxNodes), at: at)
            return nil
        }
        var record = nodes[Int(target)]
        record.line = UInt32(clamping: at.line)
        record.column = UInt32(clamping: at.column)
        record.aliasOf = target
        nodes.append(record)
        return Int32(nodes.count - 1)
    }

    private mutating func attach(_ node: Int32) {
        if open.isEmpty { root = node } else { pending.append(node) }
    }

    private mutating func stop(_ kind: YAMLError.Kind, at location: SourceLocation?) {
        errors.append(YAMLError(kind, at: location))
        stopped = true
    }

    private func isEmptyScalar(_ index: Int32) -> Bool {
        let record = nodes[Int(index)]
        return record.kind == .scalar && record.style == .plain && record.tag == .none && record.count == 0
    }
}
