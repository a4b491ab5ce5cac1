import Foundation
import Testing

/// `gsz serve` replaces itself with `gsz-server`, found beside gsz or on PATH, passing its
/// options on; without one, it says how to build it.
@Suite struct ServeCommandTests {
    /// A PATH holding only a stand-in `gsz-server` that prints its arguments.
    private func fakeServerFolder() throws -> String {
        let folder = try CLI.temporaryFolder()
        let script = folder + "/gsz-server"
        try "#!/bin/sh\necho \"stand-in: $*\"\nexit 7\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return folder
    }

    @Test func startsTheServerWithTheOptionsGiven() throws {
        let folder = try fakeServerFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["serve", "--port", "9191", "--standard", "Standards", "--queue", "8"],
                              environment: ["PATH": folder])
        // The stand-in's own exit status shows the process was replaced, not merely spawned.
        #expect(run.status == 7)
        #expect(run.stdout == "stand-in: --host 127.0.0.1 --port 9191 --standard Standards --queue 8\n")
    }

    @Test(arguments: [("en", "build it with 'swift build -c release --package-path Server'"),
                      ("ru", "соберите его командой «swift build -c release --package-path Server»"),
                      ("kk", "«swift build -c release --package-path Server» командасымен жинап")])
    func saysHowToBuildTheServerWhenItIsAbsent(language: String, expected: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let binary = try CLI.binary
        let besideGSZ = URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("gsz-server").path
        // Beside gsz is searched first; a server built and copied there would be started.
        try #require(!FileManager.default.fileExists(atPath: besideGSZ), "a gsz-server sits beside the tested gsz")
        let run = try CLI.run(["serve", "--lang", language], environment: ["PATH": folder])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(expected))
        #expect(run.stderr.contains(folder))
    }
}
