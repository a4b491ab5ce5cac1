#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system refused to read or write a file, in words each language can render.
///
/// The common refusals get their own case so that a Russian or Kazakh reader is not handed
/// the C library's English; anything rarer keeps the system's text, with the errno name a
/// search finds whatever the language (`Operation not supported (EOPNOTSUPP)`).
public enum SystemReason: Hashable, Sendable {
    /// No permission to read or write (`EACCES`, `EPERM`).
    case permissionDenied
    /// The path or a folder on the way to it does not exist (`ENOENT`).
    case noSuchFile
    /// A part of the path that should be a folder is a file (`ENOTDIR`).
    case notAFolder
    /// The path is a folder where a file was expected (`EISDIR`).
    case isAFolder
    /// The disk or quota is full (`ENOSPC`, `EDQUOT`).
    case noSpace
    /// A read-only file system (`EROFS`).
    case readOnly
    /// A descriptor that is not open, such as a standard output closed by the caller (`EBADF`).
    case badDescriptor
    /// The process or the system has too many files open (`EMFILE`, `ENFILE`).
    case tooManyOpenFiles
    /// Symbolic links that lead round in a loop (`ELOOP`).
    case linkLoop
    /// A file name or path longer than the system allows (`ENAMETOOLONG`).
    case nameTooLong
    /// The reader of a pipe has gone (`EPIPE`).
    case brokenPipe
    /// The device failed to read or write (`EIO`).
    case ioError
    /// Anything else: the system's own wording and the errno name.
    case other(String)

    /// The reason for the C `errno` value `code`.
    public init(errno code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT: self = .noSuchFile
        case ENOTDIR: self = .notAFolder
        case EISDIR: self = .isAFolder
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnly
        case EBADF: self = .badDescriptor
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case ELOOP: self = .linkLoop
        case ENAMETOOLONG: self = .nameTooLong
        case EPIPE: self = .brokenPipe
        case EIO: self = .ioError
        default: self = .other(String(cString: strerror(code)) + " (" + Self.errnoName(code) + ")")
        }
    }
}
