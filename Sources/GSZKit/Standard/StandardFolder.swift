/// Reads a standard from the file system: a folder of YAML files, or a single file.
public enum StandardFolder {
    /// Loads the standard at `path` (every `*.yaml` and `*.yml` under a folder, by name).
    public static func load(_ path: String, examples: Bool = true) -> StandardLoad {
        var sources: [StandardSource] = []
        var problems: [Diagnostic] = []
        for input in InputCollector.collect([path]) {
            guard input.path == path || !input.path.lowercased().hasSuffix(".json") else { continue }
            switch FileLoader.load(input, limit: 1 << 20) {
            case .success(let bytes): sources.append(StandardSource(path: input.path, bytes: bytes))
            case .failure(let failure): problems.append(.error(failure.message, path: input.path, at: nil))
            }
        }
        guard problems.isEmpty else { return StandardLoad(standard: nil, diagnostics: problems, sources: sources) }
        return StandardLoader.load(sources, examples: examples)
    }
}
