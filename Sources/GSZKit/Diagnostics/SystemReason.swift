#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system refused to read or write a file, in words each language can render.
///
/// The common refusals get their own case so that a Russian or Kazakh reader is not handed
/// the C library's English; anything rarer keeps the system's text as a last resort.
public enum SystemReason: Hashable, Sendable {
    /// No permission to read or write (`EACCES`, `EPERM`).
    case permissionDenied
    /// The path or a folder on the way to it does not exist (`ENOENT`, `ENOTDIR`).
    case noSuchFile
    /// The path is a folder where a file was expected (`EISDIR`).
    case isAFolder
    /// The disk or quota is full (`ENOSPC`, `EDQUOT`).
    case noSpace
    /// A read-only file system (`EROFS`).
    case readOnly
    /// Anything else, with the system's own wording.
    case other(String)

    /// The reason for the C `errno` value `code`.
    public init(errno code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT, ENOTDIR: self = .noSuchFile
        case EISDIR: self = .isAFolder
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnly
        default: self = .other(String(cString: strerror(code)))
        }
    }
}
