import Foundation

/// Runs the built `gsz`, found next to the test bundle, and gathers what it says.
struct StandardToolsProcess {
    /// The exit status.
    let status: Int32
    /// Standard output.
    let stdout: String
    /// Standard error.
    let stderr: String

    /// The repository's root folder, from this file's path.
    static let root: String = {
        let path = String(#filePath)
        guard let range = path.range(of: "/Tests/GSZCommandTests/") else { return "." }
        return String(path[..<range.lowerBound])
    }()

    /// `gsz`: beside the test bundle (`.build/<triple>/debug/`), else `.build/debug/gsz`.
    static let binary: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let beside = (bundle as NSString).deletingLastPathComponent + "/gsz"
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : root + "/.build/debug/gsz"
    }()

    /// `gsz arguments…` run in the repository's root, in a clean environment (no locale, no colour).
    static func run(_ arguments: [String], in folder: String = root) throws -> StandardToolsProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        // Files, not pipes: nothing to drain while the process runs, so nothing can block.
        let outputPath = NSTemporaryDirectory() + "gsz-out-\(UUID().uuidString)"
        let errorPath = outputPath + ".err"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return StandardToolsProcess(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: outputPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errorPath, encoding: .utf8))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "gsz-tools-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
