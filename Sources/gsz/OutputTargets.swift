import ArgumentParser
import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// The places one run writes to, checked against each other and against the inputs before
/// any of them is opened: an output must never replace a report it reads, and two outputs
/// given one file would leave only the last.
enum OutputTargets {
    /// Why the outputs cannot be written as given.
    struct Clash: Error {
        let message: Message
    }

    /// Where one output goes.
    enum Target: Equatable {
        /// Standard output (`--format`, `FORMAT=-`, or `summary` without `-o`).
        case standardOutput
        /// A path, as given.
        case file(String)

        /// The path for messages; nil for standard output.
        var path: String? {
            if case .file(let path) = self { path } else { nil }
        }
    }

    /// What makes two places one: a device and inode for what exists, the real folder and
    /// the name for a file yet to be created.
    private enum Identity: Hashable {
        case node(device: UInt64, inode: UInt64)
        case newFile(String)
    }

    /// Refuses, with the message to print, any output that is one of `inputs` and any two
    /// outputs that are one place. Character devices (`/dev/null`, a terminal) may take
    /// several outputs: nothing is replaced there, and a terminal shows what it is given.
    static func refuseClashes(_ targets: [Target], inputs: [Input]) throws(Clash) {
        var places: [Identity: Target] = [:]
        var checkedAgainstInputs: [(Identity, Target)] = []
        // Two formats on standard output would be interleaved, whatever it is connected to.
        if targets.count(where: { $0 == .standardOutput }) > 1 { throw Clash(message: .outputTwice(destination: nil)) }
        for target in targets {
            guard let (identity, mode) = identity(of: target), mode & S_IFMT != S_IFCHR else { continue }
            if let first = places[identity] { throw Clash(message: .outputTwice(destination: target.path ?? first.path)) }
            places[identity] = target
            if mode & S_IFMT == S_IFREG { checkedAgainstInputs.append((identity, target)) }
        }
        guard !checkedAgainstInputs.isEmpty else { return }
        for input in inputs {
            guard let identity = identity(of: input) else { continue }
            if let (_, target) = checkedAgainstInputs.first(where: { $0.0 == identity }) {
                throw Clash(message: .outputIsInput(destination: target.path, input: input.path))
            }
        }
    }

    private static func identity(of target: Target) -> (Identity, mode_t)? {
        var info = stat()
        switch target {
        case .standardOutput:
            guard fstat(1, &info) == 0 else { return nil }
        case .file(let path):
            guard stat(path, &info) == 0 else { return newFile(path).map { ($0, S_IFREG) } }
        }
        return (.node(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), info.st_mode)
    }

    /// A path that names nothing yet, by its folder's real path: `out.json` and
    /// `./out.json` are one new file. Nil when the folder cannot be resolved either (the
    /// open will fail later with the reason).
    private static func newFile(_ path: String) -> Identity? {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let real = realpath(folder.isEmpty ? "/" : folder, nil) else { return nil }
        defer { free(real) }
        return .newFile(String(cString: real) + "/" + name)
    }

    private static func identity(of input: Input) -> Identity? {
        var info = stat()
        switch input {
        case .file(let path): guard stat(path, &info) == 0 else { return nil }
        case .standardInput: guard fstat(0, &info) == 0 else { return nil }
        case .unusable: return nil
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        return .node(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

extension OutputTargets {
    /// `refuseClashes`, for a command: the message on standard error and exit status 2.
    static func refuse(_ targets: [Target], inputs: [Input], language: Language) throws {
        do throws(Clash) {
            try refuseClashes(targets, inputs: inputs)
        } catch {
            writeError(error.message, in: language)
            throw ExitCode(2)
        }
    }
}
