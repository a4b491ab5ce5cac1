import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// Where one output format goes: standard output, or a file written atomically (into a
/// temporary file beside it, renamed into place only once complete, so a crash or Ctrl-C
/// never leaves half a file).
final class OutputSink {
    /// Why writing stopped.
    enum Failure: Error {
        /// The reader went away (`gsz check … | head`): stop quietly.
        case closedPipe
        /// A real failure, with a message for standard error.
        case failed(Message)
    }

    /// The file written, or nil for standard output.
    let path: String?
    private let descriptor: Int32
    private let temporaryPath: String?
    private(set) var failure: Failure?
    /// Bytes not yet written: a batch renders a part per file, and a system call per part
    /// costs more than gathering them. A terminal gets each part at once, so people watching
    /// see files as they are checked.
    private var pending: [UInt8] = []
    private let buffered: Bool
    /// For a binary format that cannot go out as it is written: everything written goes
    /// through this as it comes, and what it makes goes out at `finish`.
    var packager: (any OutputPackager)?
    private static let chunk = 1 << 16

    /// Standard output.
    init() {
        path = nil
        descriptor = 1
        temporaryPath = nil
        buffered = isatty(1) == 0
    }

    /// The file at `path`: a temporary file beside it for regular files and new paths;
    /// devices and FIFOs (`/dev/full`, a pipe) are written directly, never replaced.
    init(path: String) throws(Failure) {
        self.path = path
        var info = stat()
        buffered = true
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw .failed(.cannotWrite(destination: path, reason: SystemReason(errno: errno))) }
            descriptor = opened
            temporaryPath = nil
            return
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = ((folder.isEmpty ? "/" : folder + "/") + ".\(name).gsz-XXXXXX").utf8CString
        let (opened, failure) = Interrupts.deferringSignals { () -> (Int32, Int32) in
            let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }  // non-empty C string
            guard opened >= 0 else { return (opened, errno) }
            Interrupts.register(String(cString: template.withUnsafeBufferPointer { $0.baseAddress! }))
            return (opened, 0)
        }
        guard opened >= 0 else { throw .failed(.cannotWrite(destination: path, reason: SystemReason(errno: failure))) }
        descriptor = opened
        temporaryPath = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        fchmod(opened, 0o644)
    }

    /// Writes `bytes` (gathered into larger writes unless on a terminal), remembering the
    /// first failure; later writes are skipped.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(write)
    }

    /// Writes `raw` as `write(_:)` does; a part larger than the gathering chunk goes out
    /// as it is, without being copied.
    func write(_ raw: UnsafeRawBufferPointer) {
        guard failure == nil, !raw.isEmpty else { return }
        if let packager { return packager.take(raw) }
        guard buffered, raw.count < Self.chunk else {
            flush()
            if failure == nil { writeNow(raw) }
            return
        }
        pending.append(contentsOf: raw)
        if pending.count >= Self.chunk { flush() }
    }

    /// Writes what is gathered.
    func flush() {
        guard failure == nil, !pending.isEmpty else { return }
        pending.withUnsafeBytes(writeNow)
        pending.removeAll(keepingCapacity: true)
    }

    private func writeNow(_ raw: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)  // non-empty
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno == EPIPE ? .closedPipe
                    : .failed(.cannotWrite(destination: path, reason: SystemReason(errno: errno)))
                return
            }
            offset += written
        }
    }

    /// Completes the output: for a file, flushes it to disk and renames it into place;
    /// after a failure, removes the temporary file instead.
    func finish() {
        if let packager {
            pending = packager.finish()
            self.packager = nil
        }
        flush()
        defer { if descriptor > 2 { close(descriptor) } }
        guard let temporaryPath else { return }
        defer { Interrupts.unregister(temporaryPath) }
        if failure == nil, fsync(descriptor) != 0 {
            failure = .failed(.cannotWrite(destination: path, reason: SystemReason(errno: errno)))
        }
        if failure == nil, let path, rename(temporaryPath, path) != 0 {
            failure = .failed(.cannotWrite(destination: path, reason: SystemReason(errno: errno)))
        }
        if failure != nil { unlink(temporaryPath) }
    }
}
