#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing to check: a file, standard input, or a path that names nothing checkable.
public enum Input: Sendable, Hashable {
    /// A file to read, by the path to show for it.
    case file(String)
    /// Standard input, shown as `-`.
    case standardInput
    /// A path that cannot be checked, with why; it still gets its result.
    case unusable(String, Message)

    /// The path shown for this input.
    public var path: String {
        switch self {
        case .file(let path), .unusable(let path, _): path
        case .standardInput: "-"
        }
    }
}

/// Turns command-line paths into inputs: files as given, folders walked for `*.yaml`,
/// `*.yml`, `*.json` and `*.xlsx` in a stable order, `-` for standard input.
public enum InputCollector {
    /// The extensions a folder walk picks up.
    public static let extensions = [".yaml", ".yml", ".json", ".xlsx"]
    /// Spreadsheets gsz does not read (OpenDocument, Excel 97–2003): a walk passes over them,
    /// and names them, so a report saved in the wrong format is not lost without a word.
    public static let unreadSpreadsheets = [".ods", ".xls"]

    /// Every input the `paths` name, in order; each folder's files sorted by name, depth
    /// first. A folder reached twice through symbolic links is walked once. A walk skips
    /// hidden names (`.git/`, `.gsz.yml`) and what `filter` excludes; a path named in
    /// `paths` is always checked.
    public static func collect(_ paths: [String], excluding filter: PathFilter? = nil) -> [Input] {
        var passedOver: [String] = []
        return collect(paths, excluding: filter, passedOver: &passedOver)
    }

    /// `collect`, adding to `passedOver` each spreadsheet of `unreadSpreadsheets` a folder
    /// walk found and passed over, in walk order.
    public static func collect(_ paths: [String], excluding filter: PathFilter? = nil, passedOver: inout [String]) -> [Input] {
        let walk = Walk(filter: filter, workingFolder: filter == nil ? "." : ConfigurationFile.workingFolder)
        var inputs: [Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                inputs.append(.unusable(path, problem(errno)))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<FileIdentity> = []
                walk.walk(path, identity: FileIdentity(info), visited: &visited, into: &inputs, passedOver: &passedOver)
            } else if info.st_mode & S_IFMT == S_IFREG {
                inputs.append(.file(path))
            } else {
                inputs.append(.unusable(path, .notARegularFile))
            }
        }
        return inputs
    }

    static func hasReportExtension(_ name: String) -> Bool {
        has(name, oneOf: extensions)
    }

    static func isUnreadSpreadsheet(_ name: String) -> Bool {
        has(name, oneOf: unreadSpreadsheets)
    }

    private static func has(_ name: String, oneOf suffixes: [String]) -> Bool {
        let lower = name.lowercased()
        return suffixes.contains { lower.hasSuffix($0) && lower.count > $0.count }
    }

    /// What to tell the user when a path cannot be used because of `error`.
    static func problem(_ error: Int32) -> Message {
        error == ENOENT || error == ENOTDIR ? .noSuchFile : .unreadable(reason: SystemReason(errno: error))
    }
}

/// One folder walk: what it leaves out.
private struct Walk {
    let filter: PathFilter?
    let workingFolder: String

    /// Whether the walk passes over `name` at `path`: hidden, or excluded.
    func skips(_ name: String, _ path: String) -> Bool {
        name.hasPrefix(".") || filter?.excludes(path, workingFolder: workingFolder) == true
    }

    func hasReportExtension(_ name: String) -> Bool { InputCollector.hasReportExtension(name) }

    func isUnreadSpreadsheet(_ name: String) -> Bool { InputCollector.isUnreadSpreadsheet(name) }

    func problem(_ error: Int32) -> Message { InputCollector.problem(error) }

    func walk(
        _ folder: String, identity: FileIdentity, visited: inout Set<FileIdentity>, into inputs: inout [Input],
        passedOver: inout [String]
    ) {
        guard visited.insert(identity).inserted else { return }  // a symbolic-link loop, or a folder linked twice
        guard let directory = opendir(folder) else {
            inputs.append(.unusable(folder, .unreadable(reason: SystemReason(errno: errno))))
            return
        }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            // In place (`&`), up to the NUL: a dirent is only as long as its name, so copying
            // the declared 256-byte d_name read past the end of readdir's buffer.
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        closedir(directory)
        // Unicode scalar order, never the locale's: the same on every machine.
        entries.sort { $0.name < $1.name }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for (name, type) in entries {
            let path = prefix + name
            if skips(name, path) { continue }
            // The listing already says which entries are plain files; only the rest need a stat.
            if type == UInt8(DT_REG) {
                if hasReportExtension(name) { inputs.append(.file(path)) }
                else if isUnreadSpreadsheet(name) { passedOver.append(path) }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A dangling link, a link to itself, or a file gone since the listing:
                // reported only if it looks like a report, and with why (a loop is not "no such file").
                let error = errno
                if hasReportExtension(name) { inputs.append(.unusable(path, problem(error))) }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, identity: FileIdentity(info), visited: &visited, into: &inputs, passedOver: &passedOver)
            case S_IFREG:
                if hasReportExtension(name) { inputs.append(.file(path)) }
                else if isUnreadSpreadsheet(name) { passedOver.append(path) }
            default:
                if hasReportExtension(name) { inputs.append(.unusable(path, .notARegularFile)) }
            }
        }
    }

}

/// A file's device and inode: what makes two paths the same folder.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
