import GSZYAML
import Synchronization

/// A standard's files that belong to the rule families (the working-day calendar, the rules
/// of discussions, monitoring and competitions), read at most once, when first asked for.
///
/// A report needs none of them, and parsing them costs more than the rest of the built-in
/// standard; so the built-in standard keeps them as bytes until a discussion, a competition,
/// a monitoring log or `gsz calendar` asks (its files are checked whole by `gsz standard
/// lint` and the test suite). A folder given with `--standard` is read whole at load, so its
/// problems are reported whatever is checked. Threads that ask at once wait for the first.
final class StandardData: Sendable {
    /// The files, the calendar and deadlines put together from them, and the problems found.
    struct Contents: Sendable {
        let files: [StandardDataFile]
        let process: ProcessRules
        let diagnostics: [Diagnostic]
    }

    /// A file not parsed yet, with the root key that makes it a family's.
    struct Unread: Sendable {
        let source: StandardSource
        let key: String
    }

    private let unread: [Unread]
    private let contents: Mutex<Contents?>

    /// Files already parsed, put together now.
    init(read files: [StandardDataFile]) {
        unread = []
        contents = Mutex(Self.assemble(files, diagnostics: []))
    }

    /// Files to parse when first asked for.
    init(unread: [Unread]) {
        self.unread = unread
        contents = Mutex(nil)
    }

    /// What the files hold; the first call parses them.
    var value: Contents {
        contents.withLock { contents in
            if let contents { return contents }
            let read = Self.read(unread)
            contents = read
            return read
        }
    }

    /// Whether the files have been parsed (or were given parsed).
    var isRead: Bool { contents.withLock { $0 != nil } }

    /// Parses `unread` as the loader parses every file, and puts them together.
    private static func read(_ unread: [Unread]) -> Contents {
        var diagnostics: [Diagnostic] = []
        var files: [StandardDataFile] = []
        for file in unread {
            let parsed = YAMLDocument.parse(file.source.bytes)
            diagnostics += parsed.errors.map { .error(.yaml($0.kind), path: file.source.path, at: $0.location) }
            if let document = parsed.document {
                files.append(StandardDataFile(path: file.source.path, key: file.key, document: document))
            }
        }
        return assemble(files, diagnostics: diagnostics)
    }

    private static func assemble(_ files: [StandardDataFile], diagnostics: [Diagnostic]) -> Contents {
        var diagnostics = diagnostics
        let process = ProcessAssembler.assemble(files, diagnostics: &diagnostics)
        return Contents(files: files, process: process, diagnostics: diagnostics)
    }
}
