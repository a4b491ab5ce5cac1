import Foundation
import GSZTestSupport
import Testing

/// Runs the built `gsz` the way a user or a CI job does.
enum CLI {
    /// The repository root, for `Samples/`.
    static var root: String { Repository.path }

    /// The `gsz` binary beside the test bundle.
    static var binary: String {
        get throws {
            let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // The bundle may be a folder (…/gszPackageTests.xctest/…) or a file beside the products.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("gsz").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
            throw BinaryNotFound(searchedFrom: exe)
        }
    }

    struct BinaryNotFound: Error { let searchedFrom: String }

    /// What a run printed and returned.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutData: Data
    }

    /// Runs `gsz arguments` in the repository root, feeding `input` on standard input.
    /// `folder` is the working folder instead of the root.
    static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:], in folder: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? root)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Runs `gsz` and parses its JSON output.
    static func json(_ arguments: [String], input: String? = nil) throws -> (Run, [String: Any]) {
        let run = try run(arguments + ["--format", "json"], input: input)
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        return (run, try #require(object, "not a JSON object: \(run.stdout.prefix(300)) \(run.stderr)"))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
