/// Why the system refused a read or a write, in English.
extension SystemReason {
    var english: String {
        switch self {
        case .permissionDenied: "permission denied"
        case .noSuchFile: "no such file or folder"
        case .isAFolder: "it is a folder"
        case .noSpace: "no space left on the disk"
        case .readOnly: "the file system is read-only"
        case .notAFolder: "a part of the path is not a folder"
        case .badDescriptor: "bad file descriptor"
        case .tooManyOpenFiles: "too many open files"
        case .linkLoop: "too many levels of symbolic links"
        case .nameTooLong: "the file name is too long"
        case .brokenPipe: "the reading end of the pipe is closed"
        case .ioError: "input/output error"
        case .other(let text): text
        }
    }
}
