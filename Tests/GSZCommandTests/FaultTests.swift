import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What gsz does when the world misbehaves: files it cannot read, files that go away,
/// loops, things that are not files, a full disk, a reader that stops, Ctrl-C. Each gets a
/// clear message and status 2 where it is an error, and every other file its result.
@Suite("Faults, end to end")
struct FaultTests {
    /// A temporary folder holding a valid report `good.yaml`.
    private func folderWithGoodReport() throws -> String {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.root + "/Samples/minimal.yaml", toPath: folder + "/good.yaml")
        return folder
    }

    @Test("an unreadable file is an error that names the reason; the others are still checked",
          .enabled(if: Faults.withoutReadOverride != nil, "running as root where capabilities cannot be dropped, so chmod 000 does not stop reads"))
    func unreadableFile() throws {
        let folder = try folderWithGoodReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLI.root + "/Samples/maximal.yaml", toPath: folder + "/secret.yaml")
        chmod(folder + "/secret.yaml", 0)
        let run = try Faults.run(["check", folder, "--format", "json"], prefix: try #require(Faults.withoutReadOverride))
        #expect(run.status == 2, "\(run.stderr)")
        let files = try Faults.filesByPath(run)
        #expect(files.count == 2)
        #expect(files[folder + "/good.yaml"]?["verdict"] as? String == "minimal")
        let secret = files[folder + "/secret.yaml"]
        #expect(secret?["verdict"] as? String == "error")
        #expect(Faults.firstErrorCode(secret) == "unreadable_file")
        #expect(run.stdout.contains("cannot read the file: permission denied"))
    }

    @Test("a file listed in a folder but gone before reading is an error; the others are still checked")
    func vanishedFile() throws {
        // A dangling link is a file the walk sees and no read can open: the same as one deleted
        // between listing and reading (Batch tests delete one at exactly that moment).
        let folder = try folderWithGoodReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.yaml", withDestinationPath: folder + "/deleted.yaml")
        let run = try CLI.run(["check", folder, "--format", "json"])
        #expect(run.status == 2)
        let files = try Faults.filesByPath(run)
        #expect(files.count == 2)
        #expect(files[folder + "/good.yaml"]?["verdict"] as? String == "minimal")
        #expect(Faults.firstErrorCode(files[folder + "/gone.yaml"]) == "no_such_file")
    }

    @Test("symbolic-link loops end: a folder reached again is walked once, a link to itself is an error")
    func symlinkLoops() throws {
        let folder = try folderWithGoodReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/again", withDestinationPath: folder + "/sub")
        try FileManager.default.createSymbolicLink(atPath: folder + "/self.yaml", withDestinationPath: "self.yaml")
        let run = try CLI.run(["check", folder, "--format", "json", "--lang", "en"])
        #expect(run.status == 2)
        let files = try Faults.filesByPath(run)
        #expect(files.keys.sorted() == [folder + "/good.yaml", folder + "/self.yaml"])
        let selfLink = files[folder + "/self.yaml"]
        #expect(Faults.firstErrorCode(selfLink) == "unreadable_file")
        #expect(run.stdout.contains("too many levels of symbolic links"))
        let russian = try CLI.run(["check", folder + "/self.yaml", "--lang", "ru"])
        #expect(russian.stdout.contains("слишком много уровней символических ссылок"), "\(russian.stdout)")
    }

    @Test("FIFOs and devices are refused without being opened for long: no hang, no memory eaten")
    func fifosAndDevices() throws {
        let folder = try folderWithGoodReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe.yaml", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.yaml", withDestinationPath: "/dev/zero")
        let clock = ContinuousClock()
        let start = clock.now
        let run = try CLI.run(["check", folder, "/dev/null", "/dev/zero", "--format", "json"])
        #expect(clock.now - start < .seconds(30))
        #expect(run.status == 2)
        let files = try Faults.filesByPath(run)
        #expect(files.count == 5)
        #expect(files[folder + "/good.yaml"]?["verdict"] as? String == "minimal")
        for path in [folder + "/pipe.yaml", folder + "/zero.yaml", "/dev/null", "/dev/zero"] {
            #expect(Faults.firstErrorCode(files[path]) == "not_a_regular_file", "\(path)")
        }
    }

    @Test("endless standard input is read only to the size limit, then refused as too large")
    func endlessStandardInput() throws {
        let zero = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        let run = try Faults.run(["check", "-", "--format", "json"], stdin: zero)
        #expect(run.status == 2)
        #expect(Faults.firstErrorCode(try Faults.filesByPath(run)["-"]) == "too_large")
    }

    @Test("a full disk under --output is an error on standard error; standard output still gets every file")
    func fullDiskOutputFile() throws {
        let run = try CLI.run(["check", "Samples/minimal.yaml", "Samples/maximal.yaml", "--format", "json",
                               "--output", "json=/dev/full"])
        #expect(run.status == 2)
        #expect(run.stderr == "gsz: cannot write '/dev/full': no space left on the disk\n")
        #expect(try Faults.filesByPath(run).count == 2)
    }

    @Test("a full disk on standard output is an error on standard error, and --output files are still written")
    func fullDiskStandardOutput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Faults.run(["check", "Samples/minimal.yaml", "Samples/maximal.yaml",
                                  "--output", "json=\(folder)/out.json"], stdout: full)
        #expect(run.status == 2)
        #expect(run.stderr == "gsz: cannot write to standard output: no space left on the disk\n")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out.json")))
        #expect(((written as? [String: Any])?["files"] as? [Any])?.count == 2)
    }

    @Test("output piped into a reader that stops (| head): quiet exit 141, --output files complete")
    func closedPipe() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Faults.makeReports(400, in: folder + "/reports")
        let started = try Faults.start(["check", folder + "/reports", "--output", "json=\(folder)/out.json"])
        let reader = try #require(started.stdout).fileHandleForReading
        _ = reader.readData(ofLength: 100)
        try reader.close()  // as `head -c 100` does once it has its bytes
        let stderr = started.stderr.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        #expect(started.process.terminationReason == .exit)
        #expect(started.process.terminationStatus == 141)
        #expect(String(decoding: stderr, as: UTF8.self) == "")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out.json")))
        #expect(((written as? [String: Any])?["summary"] as? [String: Any])?["files"] as? Int == 400)
    }

    @Test("Ctrl-C while writing --output leaves no half-written file and no temporary file; an old file stays")
    func interrupted() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Faults.makeReports(5000, in: folder + "/reports")
        let old = Data("previous run\n".utf8)
        try old.write(to: URL(fileURLWithPath: folder + "/old.json"))
        let started = try Faults.start(["check", folder + "/reports", "--jobs", "2",
                                        "--output", "json=\(folder)/new.json", "--output", "json=\(folder)/old.json"])
        // Interrupt once results are flowing: standard output has some, so both temporary files exist.
        let reader = try #require(started.stdout).fileHandleForReading
        _ = reader.readData(ofLength: 4096)
        kill(started.process.processIdentifier, SIGINT)
        _ = reader.readDataToEndOfFile()
        started.process.waitUntilExit()
        #expect(started.process.terminationStatus == 128 + SIGINT)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["old.json", "reports"], "a temporary or half-written file remains")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/old.json")) == old)
    }
}
