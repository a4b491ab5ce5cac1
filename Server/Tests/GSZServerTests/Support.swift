import Foundation
import GSZKit
import GSZServer
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// The router under test, with the built-in standard, and paths into the repository.
enum Fixture {
    /// The repository root (above `Server/`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static let checking: Checking = {
        guard case .success(let checking) = Checking.load(standardPath: nil) else {
            preconditionFailure("the built-in standard loads in every other test suite")
        }
        return checking
    }()

    /// An application over the routes alone (no sockets), with `settings`.
    static func application(_ settings: ServerSettings = ServerSettings()) -> some ApplicationProtocol {
        var logger = Logger(label: "gsz-server-test")
        logger.logLevel = .critical
        return Application(router: Server.router(checking: checking, settings: settings, logger: logger))
    }

    /// The bytes of `Samples/NAME`.
    static func sample(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: root + "/Samples/" + name))
    }

    static var samples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/Samples")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The root package's `gsz`, built by `swift build` at the root (CI's first step), or `GSZ`.
    static var gsz: String {
        get throws {
            let path = ProcessInfo.processInfo.environment["GSZ"] ?? root + "/.build/debug/gsz"
            try #require(FileManager.default.isExecutableFile(atPath: path), "build gsz first: swift build (at the root)")
            return path
        }
    }

    /// What `gsz arguments` prints on standard output, run in the repository root.
    static func runGSZ(_ arguments: [String], input: Data = Data()) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try gsz)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.environment = ["LANG": "C", "NO_COLOR": "1"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = input.isEmpty ? FileHandle.nullDevice : stdin
        try process.run()
        if !input.isEmpty {
            // A signal (the child's SIGCHLD among them) may interrupt the write: try again.
            for attempt in 1...5 {
                do {
                    try stdin.fileHandleForWriting.write(contentsOf: input)
                    break
                } catch where attempt < 5 {
                    continue
                }
            }
        }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// A `multipart/form-data` body of `parts` (name, file name, bytes) and its boundary.
    static func multipart(_ parts: [(name: String, fileName: String?, bytes: Data)]) -> (body: ByteBuffer, type: String) {
        let boundary = "gsz-test-boundary-7f3a"
        var body = Data()
        for part in parts {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"".utf8)
            if let fileName = part.fileName { body += Data("; filename=\"\(fileName)\"".utf8) }
            body += Data("\r\nContent-Type: application/yaml\r\n\r\n".utf8)
            body += part.bytes
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (ByteBuffer(bytes: body), "multipart/form-data; boundary=\(boundary)")
    }
}

extension TestResponse {
    /// The body as UTF-8 text.
    var text: String { String(buffer: body) }
    /// The body's bytes.
    var data: Data { Data(body.readableBytesView) }
}
