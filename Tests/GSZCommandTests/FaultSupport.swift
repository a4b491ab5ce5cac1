import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What the fault tests need beyond `CLI.run`: other standard streams, a command in front
/// of gsz, a running process to interrupt, and batches of reports.
enum Faults {
    /// A started gsz: its process and the pipes it was given.
    struct Started {
        let process: Process
        let stdout: Pipe?
        let stderr: Pipe
    }

    /// Starts `gsz arguments` in the repository root; `prefix` runs in front of it (as
    /// `setpriv … gsz`), `stdout`/`stdin` replace the pipes when given.
    static func start(
        _ arguments: [String], prefix: [String] = [], stdout: FileHandle? = nil, stdin: FileHandle? = nil
    ) throws -> Started {
        let process = Process()
        let binary = try CLI.binary
        if let command = prefix.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(prefix.dropFirst()) + [binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment["LC_ALL"] = nil
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdoutPipe = stdout == nil ? Pipe() : nil
        let stderr = Pipe()
        process.standardOutput = stdout ?? stdoutPipe
        process.standardError = stderr
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        return Started(process: process, stdout: stdoutPipe, stderr: stderr)
    }

    /// Runs gsz to the end and returns status, standard output (empty when redirected) and
    /// standard error.
    static func run(
        _ arguments: [String], prefix: [String] = [], stdout: FileHandle? = nil, stdin: FileHandle? = nil
    ) throws -> CLI.Run {
        let started = try start(arguments, prefix: prefix, stdout: stdout, stdin: stdin)
        // Both pipes are drained before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = started.stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = started.stdout?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        group.wait()
        started.process.waitUntilExit()
        return CLI.Run(status: started.process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// The files of a JSON run, by path.
    static func filesByPath(_ run: CLI.Run) throws -> [String: [String: Any]] {
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]], "not gsz JSON: \(run.stdout.prefix(300)) \(run.stderr)")
        return Dictionary(files.map { ($0["path"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The code of a file's first error, if it has one.
    static func firstErrorCode(_ file: [String: Any]?) -> String? {
        (file?["errors"] as? [[String: Any]])?.first?["code"] as? String
    }

    /// Writes `count` reports into `folder`: the shared benchmark generator's realistic ones
    /// where it is beside the repository, else copies of a sample.
    static func makeReports(_ count: Int, in folder: String) throws {
        let generator = URL(fileURLWithPath: CLI.root).deletingLastPathComponent()
            .appendingPathComponent("shared/perf/gen_corpus.py").path
        if FileManager.default.fileExists(atPath: generator), FileManager.default.fileExists(atPath: "/usr/bin/python3") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = [generator, folder, String(count)]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus == 0 { return }
        }
        // Without the generator (a checkout on its own), copies of one sample, in a folder made for them.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: URL(fileURLWithPath: CLI.root + "/Samples/maximal.yaml"))
        for index in 0..<count {
            try sample.write(to: URL(fileURLWithPath: folder + "/r\(String(format: "%05d", index)).yaml"))
        }
    }

    /// A command that runs gsz without the capabilities that let root read any file, when
    /// that works here; `[]` when not root, so `chmod 000` already blocks reading; `nil`
    /// when root and it cannot be done (a container without CAP_SETPCAP).
    static let withoutReadOverride: [String]? = {
        guard geteuid() == 0 else { return [] }
        let setpriv = ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        guard FileManager.default.isExecutableFile(atPath: setpriv[0]) else { return nil }
        // Proven on a real unreadable file: the command must fail to read it.
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-probe-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: probe, contents: Data("x".utf8)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        chmod(probe, 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv[0])
        process.arguments = Array(setpriv.dropFirst()) + ["/bin/cat", probe]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus != 0 ? setpriv : nil
    }()
}
