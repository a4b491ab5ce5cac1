import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Output files never lose or destroy data: not with a standard stream closed, not when an
/// output names an input or another output, not when the run ends early in any way.
@Suite("Output files: nothing lost, nothing destroyed")
struct OutputSafetyTests {
    /// A fresh folder holding `r.yaml`, a copy of the minimal sample.
    private func folderWithReport() throws -> String {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.root + "/Samples/minimal.yaml", toPath: folder + "/r.yaml")
        return folder
    }

    private func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("a closed standard output or error never lands inside an --output file", arguments: [">&-", "2>&-", ">&- 2>&-"])
    func closedStandardStreams(redirect: String) throws {
        let folder = try folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: false)
        // The empty folder makes gsz print an error line after the outputs are written.
        let shell = ["/bin/sh", "-c", "exec \"$0\" \"$@\" \(redirect)"]
        let run = try Faults.run(["check", folder + "/r.yaml", folder + "/empty", "--output", "json=\(folder)/out.json"],
                                 prefix: shell)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try JSONSerialization.jsonObject(with: contents(folder + "/out.json")) as? [String: Any]
        #expect((written?["files"] as? [Any])?.count == 1)
        let none = try Faults.run(["check", folder + "/empty", "--output", "json=\(folder)/none.json"], prefix: shell)
        #expect(none.status == 2)
        let empty = try JSONSerialization.jsonObject(with: contents(folder + "/none.json")) as? [String: Any]
        #expect((empty?["files"] as? [Any])?.count == 0)
    }

    /// Runs gsz in `folder` through the shell, so standard output can be redirected there.
    private func run(in folder: String, _ arguments: [String], redirect: String = "") throws -> CLI.Run {
        try Faults.run(arguments, prefix: ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\" \(redirect)", folder])
    }

    @Test("an output that is one of the inputs is refused, however it is spelt, and the input stays", arguments: [
        ["check", "r.yaml", "--output", "json=r.yaml"],
        ["check", "r.yaml", "--output", "json=./r.yaml"],
        ["check", ".", "--output", "csv=r.yaml"],
        ["check", "r.yaml", "--output", "json=link.yaml"],
        ["check", "link.yaml", "--output", "json=hard.yaml"],
        ["check", "r.yaml", "--output", "json=ok.json", "--output", "html=sub/../r.yaml"],
        ["summary", "r.yaml", "-o", "r.yaml"],
        ["summary", ".", "--format", "csv", "-o", "./hard.yaml"],
    ])
    func outputIsInput(arguments: [String]) throws {
        let folder = try folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: "r.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        #expect(link(folder + "/r.yaml", folder + "/hard.yaml") == 0)
        let before = try contents(folder + "/r.yaml")
        let run = try run(in: folder, arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("gsz: will not write '"), "\(run.stderr)")
        #expect(run.stderr.contains("': it is the report '"), "\(run.stderr)")
        #expect(try contents(folder + "/r.yaml") == before)
        // Refused before any output is opened: no temporary file, no other output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["hard.yaml", "link.yaml", "r.yaml", "sub"])
    }

    @Test("standard output appended to an input is refused too")
    func standardOutputIsInput() throws {
        let folder = try folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try contents(folder + "/r.yaml")
        let run = try run(in: folder, ["check", "r.yaml"], redirect: ">> r.yaml")
        #expect(run.status == 2)
        #expect(run.stderr == "gsz: will not write to standard output: it is the report 'r.yaml' being checked\n")
        #expect(try contents(folder + "/r.yaml") == before)
    }

    @Test("two outputs to one place are refused, nothing is written", arguments: [
        (["check", "r.yaml", "--output", "json=x", "--output", "csv=x"], "", "two outputs go to 'x'"),
        (["check", "r.yaml", "--output", "json=x", "--output", "csv=./sub/../x"], "", "two outputs go to './sub/../x'"),
        (["check", "r.yaml", "--output", "json=old", "--output", "csv=same"], "", "two outputs go to 'same'"),
        (["check", "r.yaml", "--output", "json=out.json"], "> out.json", "two outputs go to 'out.json'"),
        (["check", "r.yaml", "--format", "csv", "--output", "json=-"], "", "two outputs go to standard output"),
    ])
    func twoOutputsToOneFile(arguments: [String], redirect: String, message: String) throws {
        let folder = try folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/old"))
        #expect(symlink("old", folder + "/same") == 0)
        let run = try run(in: folder, arguments, redirect: redirect)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("gsz: " + message + ";"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
        #expect(try contents(folder + "/old") == Data("old\n".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".gsz-") }
        #expect(left.isEmpty)
    }

    @Test("several outputs to /dev/null are fine: nothing there is replaced")
    func devNullTakesMany() throws {
        let run = try CLI.run(["check", "Samples/minimal.yaml", "--output", "json=/dev/null", "--output", "csv=/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("an --output that cannot be opened leaves no temporary file of the outputs opened before it")
    func laterOutputFails() throws {
        let folder = try folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try run(in: folder, ["check", "r.yaml", "--output", "json=ok.json", "--output", "csv=missing/x.csv"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("gsz: cannot write 'missing/x.csv'"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["r.yaml"])
    }

    /// Signals whose default is to end the process; each must remove the temporary files.
    static let endingSignals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGXCPU, SIGVTALRM, SIGPROF]

    @Test("every ending signal while an --output is open removes its temporary file; an old file stays", arguments: endingSignals)
    func signalWhileWriting(signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("previous run\n".utf8).write(to: URL(fileURLWithPath: folder + "/old.json"))
        // Standard input kept open: gsz waits reading it with both temporary files created.
        let input = Pipe()
        let started = try Faults.start(["check", "-", "--output", "json=\(folder)/new.json", "--output", "csv=\(folder)/old.json"],
                                       stdin: input.fileHandleForReading)
        try waitForTemporaryFiles(2, in: folder)
        kill(started.process.processIdentifier, signal)
        _ = started.stdout?.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(started.process.terminationStatus == 128 + signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["old.json"])
        #expect(try contents(folder + "/old.json") == Data("previous run\n".utf8))
    }

    @Test("a crash signal removes the temporary files too, and still ends the process by that signal", arguments: [SIGSEGV, SIGABRT, SIGBUS])
    func crashSignal(signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = Pipe()
        let started = try Faults.start(["check", "-", "--output", "json=\(folder)/new.json"], stdin: input.fileHandleForReading)
        try waitForTemporaryFiles(1, in: folder)
        kill(started.process.processIdentifier, signal)
        _ = started.stdout?.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(started.process.terminationReason == .uncaughtSignal)
        #expect(started.process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    /// Waits until `count` temporary output files exist in `folder` (the run has opened its outputs).
    private func waitForTemporaryFiles(_ count: Int, in folder: String) throws {
        for _ in 0..<2000 {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            if names.count(where: { $0.contains(".gsz-") }) == count { return }
            usleep(5000)
        }
        Issue.record("gsz never opened its outputs")
    }
}
