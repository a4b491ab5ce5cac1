#if canImport(Glibc)
import Glibc
#endif

/// Writes `text` to standard output, unbuffered, for commands whose result is one piece of
/// text (`gsz schema`, `gsz standard show`); a closed pipe ends the process as usual.
func writeOutput(_ text: String) {
    write(text, to: 1)
}

/// Writes `bytes` to standard output, as `writeOutput` does text (a template workbook).
func writeBytes(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { write($0, to: 1) }
}

/// Writes all of `text` to `descriptor`, retrying short and interrupted writes; gives up
/// silently on a real failure, as there is nowhere left to report it.
func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { write($0, to: descriptor) }
}

/// Writes all of `bytes` to `descriptor`, as above.
func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)  // non-empty buffer
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
    }
}
