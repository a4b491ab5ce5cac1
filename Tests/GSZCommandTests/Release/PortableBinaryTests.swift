import Foundation
import Testing

/// The binary runs with the toolchain out of reach: an empty environment, a folder outside
/// the checkout; and a release build links no Swift library (`Tools/release.sh` packs it).
@Suite("a binary that runs anywhere") struct PortableBinaryTests {
    /// Runs `command` with `arguments` under `env -i` in `folder`.
    private func bare(_ command: String, _ arguments: [String], in folder: String) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["-i", command] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("gsz checks a report with an empty environment, from a folder outside the checkout")
    func emptyEnvironment() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLI.root + "/Samples/maximal.yaml", toPath: folder + "/report.yaml")
        let run = try bare(try CLI.binary, ["check", "report.yaml", "--format", "json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"path\": \"report.yaml\", \"document\": \"report\", \"verdict\": \"maximal\""))
        // No locale in the environment: Russian, the Standard's own language.
        #expect(try bare(try CLI.binary, ["check", "report.yaml"], in: folder).stdout.contains("Итого: 1 файл"))
    }

    @Test("a release build links no Swift library", .enabled(if: FileManager.default.isExecutableFile(atPath: CLI.root + "/.build/release/gsz")))
    func releaseIsStatic() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [CLI.root + "/.build/release/gsz"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libyaml"))
        #expect(!libraries.contains("libswift") && !libraries.contains("libFoundation"), "\(libraries)")
    }
}
