#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input's bytes, never more than a limit past which the file is refused anyway.
enum FileLoader {
    /// The bytes of `input`, at most `limit + 1` of them (one more than the limit, so a
    /// too-large file is still seen as too large), or why they cannot be read.
    public static func load(_ input: Input, limit: Int) -> Result<[UInt8], LoadFailure> {
        switch input {
        case .unusable(_, let message):
            return .failure(LoadFailure(message: message))
        case .standardInput:
            return drain(descriptor: 0, limit: limit)
        case .file(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { return .failure(LoadFailure(errno: errno)) }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return .failure(LoadFailure(errno: errno)) }
            // Checked again on the open file: a path can change between listing and reading.
            guard info.st_mode & S_IFMT == S_IFREG else { return .failure(LoadFailure(message: .notARegularFile)) }
            return drain(descriptor: descriptor, limit: limit, sizeHint: Int(info.st_size))
        }
    }

    private static func drain(descriptor: Int32, limit: Int, sizeHint: Int = 64 << 10) -> Result<[UInt8], LoadFailure> {
        let cap = limit + 1
        var bytes = [UInt8](repeating: 0, count: min(max(sizeHint, 0), cap) + 1)
        var count = 0
        while count < cap {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, cap - count))) }
            let room = min(bytes.count, cap) - count
            let got = bytes.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + count, room) }  // non-empty buffer
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(LoadFailure(errno: errno))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}

/// Why an input's bytes could not be read.
struct LoadFailure: Error, Sendable {
    /// What to tell the user.
    public let message: Message

    init(message: Message) {
        self.message = message
    }

    init(errno error: Int32) {
        message = InputCollector.problem(error)
    }
}
