#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SystemReason {
    /// `EOPNOTSUPP` for that value: the name stays the same in every language and on every
    /// system, where the C library's sentence is English and its own. `errno 200` for a value
    /// POSIX does not name (glibc's `strerrorname_np` is not visible to Swift).
    static func errnoName(_ code: Int32) -> String {
        names.first { $0.code == code }?.name ?? "errno \(code)"
    }

    /// POSIX's names, minus those `SystemReason` has a case for. A list, not a dictionary:
    /// on Linux `EAGAIN` and `EWOULDBLOCK` (and `ENOTSUP`, `EOPNOTSUPP`) are one value, and the
    /// first name listed wins.
    private static let names: [(code: Int32, name: String)] = [
        (E2BIG, "E2BIG"), (EADDRINUSE, "EADDRINUSE"), (EADDRNOTAVAIL, "EADDRNOTAVAIL"), (EAFNOSUPPORT, "EAFNOSUPPORT"),
        (EAGAIN, "EAGAIN"), (EALREADY, "EALREADY"), (EBADMSG, "EBADMSG"), (EBUSY, "EBUSY"), (ECANCELED, "ECANCELED"),
        (ECHILD, "ECHILD"), (ECONNABORTED, "ECONNABORTED"), (ECONNREFUSED, "ECONNREFUSED"), (ECONNRESET, "ECONNRESET"),
        (EDEADLK, "EDEADLK"), (EDESTADDRREQ, "EDESTADDRREQ"), (EDOM, "EDOM"), (EEXIST, "EEXIST"), (EFAULT, "EFAULT"),
        (EFBIG, "EFBIG"), (EHOSTUNREACH, "EHOSTUNREACH"), (EIDRM, "EIDRM"), (EILSEQ, "EILSEQ"), (EINPROGRESS, "EINPROGRESS"),
        (EINTR, "EINTR"), (EINVAL, "EINVAL"), (EISCONN, "EISCONN"), (EMLINK, "EMLINK"), (EMSGSIZE, "EMSGSIZE"),
        (EMULTIHOP, "EMULTIHOP"), (ENETDOWN, "ENETDOWN"), (ENETRESET, "ENETRESET"), (ENETUNREACH, "ENETUNREACH"),
        (ENOBUFS, "ENOBUFS"), (ENODEV, "ENODEV"), (ENOEXEC, "ENOEXEC"), (ENOLCK, "ENOLCK"), (ENOLINK, "ENOLINK"),
        (ENOMEM, "ENOMEM"), (ENOMSG, "ENOMSG"), (ENOPROTOOPT, "ENOPROTOOPT"), (ENOSYS, "ENOSYS"), (ENOTCONN, "ENOTCONN"),
        (ENOTEMPTY, "ENOTEMPTY"), (ENOTRECOVERABLE, "ENOTRECOVERABLE"), (ENOTSOCK, "ENOTSOCK"), (EOPNOTSUPP, "EOPNOTSUPP"),
        (ENOTTY, "ENOTTY"), (ENXIO, "ENXIO"), (EOVERFLOW, "EOVERFLOW"), (EOWNERDEAD, "EOWNERDEAD"), (EPROTO, "EPROTO"),
        (EPROTONOSUPPORT, "EPROTONOSUPPORT"), (EPROTOTYPE, "EPROTOTYPE"), (ERANGE, "ERANGE"), (ESPIPE, "ESPIPE"),
        (ESRCH, "ESRCH"), (ESTALE, "ESTALE"), (ETIMEDOUT, "ETIMEDOUT"), (ETXTBSY, "ETXTBSY"), (EXDEV, "EXDEV"),
    ]
}
