internal import CYAML

extension YAMLDocument {
    /// The first key of the root mapping in `bytes`, read from the first few events without
    /// building a tree: what a standard file is, its root key says (`calendar:`), and a file
    /// that is only needed later can then be parsed when it is needed.
    ///
    /// `nil` when the root is no mapping, its first key no scalar, or reading fails before
    /// it; whoever needs to know why parses the whole file.
    public static func firstKey(of bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty, bytes.count <= YAMLLimits.default.maxInputBytes,
              EncodingSniffer.foreignEncoding(of: bytes) == nil else { return nil }
        return bytes.withUnsafeBufferPointer { input -> String? in
            // The key sits after a few lines of comments at most: a chunk is a few such lines.
            let parser = EventParser(input: input, chunk: 256)
            guard parser.isReady else { return nil }
            var event = yaml_event_t()
            // Stream start, document start, mapping start, then the key: anything else first is no answer.
            let expected = [YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT, YAML_MAPPING_START_EVENT]
            for type in expected {
                guard parser.next(into: &event) else { return nil }
                defer { yaml_event_delete(&event) }
                guard event.type == type else { return nil }
            }
            guard parser.next(into: &event) else { return nil }
            defer { yaml_event_delete(&event) }
            guard event.type == YAML_SCALAR_EVENT, let value = event.data.scalar.value else { return nil }
            // Read by length: a scalar may hold NUL.
            return String(decoding: UnsafeBufferPointer(start: value, count: Int(event.data.scalar.length)), as: UTF8.self)
        }
    }
}
