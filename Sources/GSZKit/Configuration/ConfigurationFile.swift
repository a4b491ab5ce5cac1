#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a project's configuration is: `--config PATH`, or the first `.gsz.yml` found in
/// the working folder or a folder above it, as Git finds its repository.
public enum ConfigurationFile {
    /// The file name looked for.
    public static let name = ".gsz.yml"

    /// The working folder, absolute.
    public static var workingFolder: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The `.gsz.yml` nearest above `folder` (absolute), itself included, as a path to show:
    /// relative to `folder` when it is there or above (`.gsz.yml`, `../.gsz.yml`).
    public static func find(from folder: String) -> String? {
        var current = PathText.normalized(folder)
        var ups = 0
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                return String(repeating: "../", count: ups) + name
            }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
            ups += 1
        }
    }

    /// The folder of the file at `path`: `.` for a bare name.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Reads and checks the file at `path`: the configuration, or every problem with its place.
    public static func load(_ path: String) -> (ProjectConfiguration?, [Diagnostic], source: [UInt8]) {
        switch FileLoader.load(.file(path), limit: 1 << 20) {
        case .failure(let failure):
            return (nil, [.error(failure.message, path: path, at: nil)], [])
        case .success(let bytes):
            let (configuration, diagnostics) = ProjectConfiguration.read(bytes, path: path, folder: folder(of: path))
            return (configuration, diagnostics, bytes)
        }
    }
}
