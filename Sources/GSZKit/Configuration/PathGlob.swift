#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `exclude` pattern, read the way `.gitignore` reads them: `*`, `?` and `[…]` match
/// within one folder name, `**` matches any number of folders, a pattern without a `/`
/// matches a name at any depth, and a pattern that matches a folder matches everything in it.
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let segments: [String]

    /// The glob `pattern`; a leading `./` or `/` anchors it to the folder it is relative to.
    public init(_ pattern: String) {
        self.pattern = pattern
        var body = Substring(pattern)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        let anchored = body.hasPrefix("/") || body.dropLast().contains("/")
        var parts = body.split(separator: "/").map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        segments = parts
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated) or a folder it lies in matches.
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/").map(String.init).filter { $0 != "." }
        // A folder that matches takes its contents with it.
        for end in stride(from: names.count, through: 1, by: -1) where Self.match(segments[...], names[..<end]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ names: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        if first == "**" {
            // Zero folders, or one more and try again.
            if match(pattern.dropFirst(), names) { return true }
            return !names.isEmpty && match(pattern, names.dropFirst())
        }
        guard let name = names.first, fnmatch(first, name, FNM_PERIOD) == 0 else { return false }
        return match(pattern.dropFirst(), names.dropFirst())
    }
}

/// The exclusions in force for a folder walk: patterns relative to `base`, an absolute folder.
public struct PathFilter: Sendable {
    /// The folder the patterns are written relative to (the configuration file's folder).
    public let base: String
    /// The patterns.
    public let globs: [PathGlob]

    /// A filter for `globs` relative to `base`.
    public init(base: String, globs: [PathGlob]) {
        self.base = PathText.normalized(base)
        self.globs = globs
    }

    /// Whether the walk leaves out `path` (as found, relative to `workingFolder` unless absolute).
    func excludes(_ path: String, workingFolder: String) -> Bool {
        guard !globs.isEmpty else { return false }
        let absolute = PathText.normalized(path.hasPrefix("/") ? path : workingFolder + "/" + path)
        let prefix = base == "/" ? "/" : base + "/"
        // A path outside the base folder is matched as given.
        let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
        return globs.contains { $0.matches(relative) }
    }
}

/// Path text without the file system: `.` and `..` resolved by name.
enum PathText {
    /// `/a/./b/../c/` as `/a/c`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
