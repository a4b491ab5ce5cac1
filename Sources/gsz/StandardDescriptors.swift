#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output and error made safe before anything is opened.
enum StandardDescriptors {
    /// Opens `/dev/null` on each of descriptors 0–2 that is closed.
    ///
    /// A process started with `>&-` or `2>&-` has a hole there, and the next file opened
    /// (an `--output` temporary file) would be given that number: the text report, or gsz's
    /// own error lines, would then be written into it. `open` always takes the lowest free
    /// descriptor, so filling the holes in order puts each on its own number.
    static func secure() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            // Without /dev/null (a bare chroot) nothing safe can stand there: stop before writing anywhere.
            if opened < 0 { _exit(2) }
            if opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
