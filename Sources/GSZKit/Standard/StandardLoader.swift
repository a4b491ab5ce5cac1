import GSZYAML

/// A standard read from its files: the standard when it is usable, and every problem
/// found in any file, each with its file, line and column.
public struct StandardLoad: Sendable {
    /// The standard, unless some file has an error.
    public let standard: Standard?
    /// Every problem found, by file and place.
    public let diagnostics: [Diagnostic]
    /// The files read, to quote lines under diagnostics.
    public let sources: [StandardSource]

    /// The errors among the diagnostics.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Reads standard files and checks them against each other.
public enum StandardLoader {
    /// Loads the standard that `sources` make up together; without `examples`, files of
    /// examples are left unread. `folder` is where they came from, as the user named it: the
    /// place of problems no one file holds ("no standard files" in `--standard empty/`).
    public static func load(_ sources: [StandardSource], examples includeExamples: Bool = true,
                            folder: String = ".") -> StandardLoad {
        load(sources, examples: includeExamples, folder: folder, familyFiles: .atLoad)
    }

    /// When the rule families' files are parsed (`StandardData`).
    enum FamilyFileReading {
        /// With the rest, each problem reported by the load: what a folder the user names gets.
        case atLoad
        /// When first asked for; their problems are then not the load's. Only for files
        /// known to be clean, the built-in standard's.
        case whenNeeded
    }

    static func load(_ sources: [StandardSource], examples includeExamples: Bool, folder: String,
                     familyFiles reading: FamilyFileReading) -> StandardLoad {
        let sources = includeExamples ? sources : sources.filter { !$0.isExamples }
        guard !sources.isEmpty else {
            return StandardLoad(standard: nil, diagnostics: [.error(.standard(.noFiles), path: folder, at: nil)], sources: [])
        }
        var diagnostics: [Diagnostic] = []
        var headers: [HeaderDeclaration] = []
        var tables: [TableDeclaration] = []
        var examples: [ExampleDeclaration] = []
        var data: [StandardDataFile] = []
        var unread: [StandardData.Unread] = []
        for source in sources {
            if reading == .whenNeeded, let key = YAMLDocument.firstKey(of: source.bytes), RuleFamilies.dataKeys.contains(key) {
                unread.append(StandardData.Unread(source: source, key: key))
                continue
            }
            let parsed = YAMLDocument.parse(source.bytes)
            diagnostics += parsed.errors.map { .error(.yaml($0.kind), path: source.path, at: $0.location) }
            guard let document = parsed.document else { continue }
            var reader = StandardFileReader(path: source.path)
            switch reader.read(document) {
            case .header(let header): headers.append(header)
            case .table(let table): tables.append(table)
            case .examples(let more): examples += more
            case .data(let key): data.append(StandardDataFile(path: source.path, key: key, document: document))
            case .unreadable: break
            }
            diagnostics += reader.fields.bag.all
        }
        // A file that could not be parsed at all may be the one that declares the standard;
        // reporting everything that depends on it would only bury the real error.
        if !diagnostics.contains(where: { $0.severity == .error && $0.message.isFatalYAML }) || !headers.isEmpty {
            let familyFiles = reading == .atLoad ? StandardData(read: data) : StandardData(unread: unread)
            var assembler = StandardAssembler(folder: folder)
            let standard = assembler.assemble(headers: headers, tables: tables, examples: examples, familyFiles: familyFiles)
            diagnostics += assembler.diagnostics
            if reading == .atLoad {
                diagnostics += familyFiles.value.diagnostics
                // The families judge their own files, once the standard they belong to is whole.
                if let standard { diagnostics += RuleFamilies.problems(in: standard) }
            }
            let hasErrors = diagnostics.contains { $0.severity == .error }
            return StandardLoad(standard: hasErrors ? nil : standard, diagnostics: sorted(diagnostics), sources: sources)
        }
        return StandardLoad(standard: nil, diagnostics: sorted(diagnostics), sources: sources)
    }

    /// By file, then place; problems without a place first.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.path, a.element.location ?? SourceLocation(line: 0, column: 0), a.offset)
            let right = (b.element.path, b.element.location ?? SourceLocation(line: 0, column: 0), b.offset)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return left.2 < right.2
        }.map(\.element)
    }
}
