import GSZYAML

/// Reads a standard from the file system: a folder of YAML files, or a single file.
public enum StandardFolder {
    /// The largest standard file read, in bytes: the built-in ones are a few kilobytes.
    static let maxFileBytes = 1 << 20

    /// Loads the standard at `path` (every `*.yaml` and `*.yml` under a folder, by name).
    public static func load(_ path: String, examples: Bool = true) -> StandardLoad {
        var sources: [StandardSource] = []
        var problems: [Diagnostic] = []
        for input in InputCollector.collect([path]) {
            guard input.path == path || !input.path.lowercased().hasSuffix(".json") else { continue }
            switch FileLoader.load(input, limit: maxFileBytes) {
            case .success(let bytes) where bytes.count > maxFileBytes:
                // The loader stops one byte past the limit; parsing what it read would judge
                // reports against a table cut short, maybe silently between two rows.
                let at = SourceLocation.of(offset: maxFileBytes, in: bytes)
                problems.append(.error(.yaml(.tooLarge(limit: maxFileBytes)), path: input.path, at: at))
            case .success(let bytes): sources.append(StandardSource(path: input.path, bytes: bytes))
            case .failure(let failure): problems.append(.error(failure.message, path: input.path, at: nil))
            }
        }
        guard problems.isEmpty else { return StandardLoad(standard: nil, diagnostics: problems, sources: sources) }
        return StandardLoader.load(sources, examples: examples, folder: path)
    }
}
