import Foundation
import Testing

/// The binary runs with the toolchain out of reach: an empty environment, a folder outside
/// the checkout; and a release build is a static executable (`Tools/release.sh` packs it).
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

    @Test("a release build is a static executable: no loader, no shared library",
          .enabled(if: FileManager.default.isExecutableFile(atPath: CLI.root + "/.build/release/gsz")),
          .disabled(if: ProcessInfo.processInfo.environment["GSZ_LINK"] == "shared-libc", "built against the shared C library"))
    func releaseIsStatic() throws {
        let binary = CLI.root + "/.build/release/gsz"
        let types = try Self.programHeaderTypes(of: binary)
        #expect(!types.isEmpty)
        #expect(!types.contains(Self.interpreter) && !types.contains(Self.dynamic), "program headers: \(types)")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [binary]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(!libraries.contains("=>") && !libraries.contains("libswift"), "\(libraries)")
    }

    /// `PT_INTERP` names the dynamic loader; `PT_DYNAMIC` holds the libraries a binary needs.
    private static let interpreter: UInt32 = 3
    private static let dynamic: UInt32 = 2

    /// The type of each program header of the 64-bit little-endian ELF file at `path`.
    private static func programHeaderTypes(of path: String) throws -> [UInt32] {
        // The program headers follow the ELF header; their table is far inside the first 64 KiB.
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? file.close() }
        let bytes = [UInt8](try file.read(upToCount: 1 << 16) ?? Data())
        func integer(at offset: Int, size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        guard bytes.count > 64, bytes[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), bytes[4] == 2, bytes[5] == 1 else {
            return []
        }
        let (start, size, count) = (integer(at: 32, size: 8), integer(at: 54, size: 2), integer(at: 56, size: 2))
        guard start + size * count <= bytes.count else { return [] }
        return (0..<count).map { UInt32(integer(at: start + $0 * size, size: 4)) }
    }
}
