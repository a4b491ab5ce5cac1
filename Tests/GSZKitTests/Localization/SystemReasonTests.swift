#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import GSZKit
import Testing

/// Finding: a refusal the reason had no case for kept the C library's English inside a Russian
/// or Kazakh message ("не удаётся записать …: Bad file descriptor").
@Suite("System refusals are worded in the message's language")
struct SystemReasonTests {
    @Test("the common errno values have words of their own in every language", arguments: [
        ENOENT, EACCES, EISDIR, ENOTDIR, ENOSPC, EBADF, EROFS, EMFILE, ELOOP, ENAMETOOLONG, EPIPE, EIO,
    ])
    func common(_ code: Int32) {
        let reason = SystemReason(errno: code)
        if case .other(let text) = reason { Issue.record("errno \(code) keeps the system's text: \(text)") }
        let system = String(cString: strerror(code))
        for language in [Language.ru, .kk] {
            let text = Message.cannotWrite(destination: "out.json", reason: reason).text(in: language)
            #expect(!text.contains(system), "\(text)")
            #expect(!text.unicodeScalars.contains { ("a"..."z").contains($0) && !"outjson".unicodeScalars.contains($0) }, "\(text)")
        }
    }

    @Test("any other value keeps the system's text and adds the errno name")
    func other() {
        #expect(SystemReason(errno: EOPNOTSUPP) == .other(String(cString: strerror(EOPNOTSUPP)) + " (EOPNOTSUPP)"))
        #expect(SystemReason(errno: 9999) == .other(String(cString: strerror(9999)) + " (errno 9999)"))
    }
}
