import Foundation
import Testing

/// `.gsz.yml`, `--config`, `gsz config`, hidden files and `exclude`, end to end, in a
/// project folder of its own.
@Suite("project configuration, end to end") struct ConfigurationCommandTests {
    /// A project: two reports, a draft that is broken, junk under `.git/` and `.github/`,
    /// and a subfolder to run from.
    private func project(_ configuration: String?) throws -> String {
        let folder = try CLI.temporaryFolder()
        let manager = FileManager.default
        for sub in ["drafts", ".git", ".github/workflows", "sub"] {
            try manager.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        for name in ["minimal", "maximal"] {
            try manager.copyItem(atPath: "\(CLI.root)/Samples/\(name).yaml", toPath: "\(folder)/\(name).yaml")
        }
        try "report: [\n".write(toFile: "\(folder)/drafts/broken.yaml", atomically: true, encoding: .utf8)
        try "not: [a report\n".write(toFile: "\(folder)/.git/junk.yaml", atomically: true, encoding: .utf8)
        try "on: push\n".write(toFile: "\(folder)/.github/workflows/ci.yml", atomically: true, encoding: .utf8)
        try "x: 1\n".write(toFile: "\(folder)/.hidden.yaml", atomically: true, encoding: .utf8)
        if let configuration { try configuration.write(toFile: "\(folder)/.gsz.yml", atomically: true, encoding: .utf8) }
        return folder
    }

    private func paths(_ run: CLI.Run) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        return ((object?["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
    }

    @Test("a folder walk skips hidden files and folders even without a configuration")
    func hidden() throws {
        let folder = try project(nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["check", ".", "--format", "json"], in: folder)
        #expect(try paths(run) == ["./drafts/broken.yaml", "./maximal.yaml", "./minimal.yaml"])
        #expect(run.status == 2)
        // Named on the command line, a hidden file is checked.
        #expect(try paths(CLI.run(["check", ".hidden.yaml", "--format", "json"], in: folder)) == [".hidden.yaml"])
    }

    @Test("settings come from the nearest .gsz.yml above the working folder; the command line wins")
    func found() throws {
        let folder = try project("require: maximal\nformat: json\nexclude: [drafts/**]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["check", ".."], in: folder + "/sub")
        #expect(try paths(run) == ["../maximal.yaml", "../minimal.yaml"])
        #expect(run.status == 1)  // minimal fails under the configured maximal
        #expect(try CLI.run(["check", "..", "--require", "minimal"], in: folder + "/sub").status == 0)
        // An excluded file named on the command line is still checked.
        let named = try CLI.run(["check", "../drafts/broken.yaml"], in: folder + "/sub")
        #expect(try paths(named) == ["../drafts/broken.yaml"] && named.status == 2)
        #expect(try CLI.run(["check", "..", "--no-config", "--format", "text"], in: folder + "/sub").status == 2)
    }

    @Test("--config names the file; outputs are relative to its folder")
    func explicit() throws {
        let folder = try project(nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "output: [junit=out.xml]\nexclude: [drafts]\nlang: kk\n".write(toFile: "\(folder)/sub/ci.yml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", ".", "--config", "sub/ci.yml"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Барлығы: 2 файл"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/sub/out.xml"))
    }

    @Test("gsz config prints each setting with where it came from")
    func config() throws {
        let folder = try project("require: maximal\nexclude:\n  - drafts/**\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["config", "--lang", "en"], in: folder + "/sub")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.first == "configuration: ../.gsz.yml")
        #expect(lines.contains("require maximal ../.gsz.yml:1"))
        #expect(lines.contains("lang en command line"))
        #expect(lines.contains("exclude drafts/** ../.gsz.yml:2"))
        #expect(lines.contains("format text default"))
        let none = try CLI.run(["config", "--no-config", "--lang", "en"], in: folder)
        #expect(none.stdout.hasPrefix("configuration: none"))
    }

    @Test("a wrong configuration stops the command with located errors", arguments: [
        ("requir: maximal\n", ".gsz.yml:1:1: error: unknown key 'requir'; did you mean 'require'?"),
        ("require: maximum\n", ".gsz.yml:1:10: error: unknown require 'maximum'"),
        ("format: [json\n", ".gsz.yml:2:1: error:"),
    ])
    func wrong(_ text: String, _ expected: String) throws {
        let folder = try project(text)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in [["check", "."], ["config"]] {
            let run = try CLI.run(command + ["--lang", "en"], in: folder)
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(expected), "\(run.stderr)")
        }
    }

    @Test("--quiet shows only failing files and the totals; --verbose says what applies and each file")
    func quietAndVerbose() throws {
        let quiet = try CLI.run(["check", "Samples/maximal.yaml", "Samples/minimal.yaml", "--require", "maximal", "--quiet", "--lang", "en"])
        #expect(quiet.status == 1)
        #expect(!quiet.stdout.contains("Samples/maximal.yaml"))
        #expect(quiet.stdout.hasPrefix("Samples/minimal.yaml: minimal — fails (required: maximal)\n"))
        #expect(quiet.stdout.hasSuffix("Total: 2 files — maximal: 1, minimal: 1\n"))
        let verbose = try CLI.run(["check", "Samples/maximal.yaml", "Samples/minimal.yaml", "--verbose", "--lang", "en", "--no-config"])
        #expect(verbose.status == 0)
        #expect(verbose.stderr.contains("gsz: require: minimal (default)\n"))
        #expect(verbose.stderr.contains("gsz: [2/2] Samples/minimal.yaml: minimal — passes\n"))
        #expect(try CLI.run(["check", "Samples", "-q", "-v"]).status == 2)
    }

    @Test("gsz summary takes the language, the standard and the exclusions from .gsz.yml too")
    func summary() throws {
        let folder = try project("lang: en\nexclude: [drafts/**]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["summary", "."], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Monitoring summary"))
        #expect(run.stdout.contains("2 files · checked: 2\n"), "\(run.stdout)")
    }
}
