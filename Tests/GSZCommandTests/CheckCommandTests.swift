import Foundation
import Testing

@Suite("gsz check, end to end")
struct CheckCommandTests {
    @Test("each sample gets its verdict and exit status", arguments: [
        ("Samples/maximal.yaml", "maximal", Int32(0)),
        ("Samples/minimal.yaml", "minimal", 0),
        ("Samples/incomplete.yaml", "incomplete", 1),
        ("Samples/noncompliant.yaml", "noncompliant", 1),
        ("Samples/not-assessed.yaml", "not_assessed", 0),
        ("Samples/errors.yaml", "error", 2),
    ])
    func samples(path: String, verdict: String, status: Int32) throws {
        let (run, json) = try CLI.json(["check", path])
        #expect(run.status == status, "\(run.stderr)")
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files.first?["verdict"] as? String == verdict)
        #expect(files.first?["path"] as? String == path)
    }

    @Test("--require maximal fails a minimal file with status 1")
    func requireMaximal() throws {
        #expect(try CLI.run(["check", "Samples/minimal.yaml", "--require", "maximal"]).status == 1)
        #expect(try CLI.run(["check", "Samples/maximal.yaml", "--require", "maximal"]).status == 0)
        #expect(try CLI.run(["check", "Samples/not-assessed.yaml", "--require", "maximal"]).status == 0)
    }

    @Test("a folder gives one result per report, in name order, and the summary counts them")
    func folder() throws {
        let (run, json) = try CLI.json(["check", "Samples"])
        #expect(run.status == 2)
        let files = try #require(json["files"] as? [[String: Any]])
        let paths = files.filter { $0["document"] as? String == "report" }.compactMap { $0["path"] as? String }
        #expect(paths == ["Samples/errors.yaml", "Samples/incomplete.yaml", "Samples/maximal.yaml", "Samples/minimal.yaml",
                          "Samples/noncompliant.yaml", "Samples/not-assessed.yaml"])
        let summary = try #require(json["summary"] as? [String: Any])
        // Documents of the other kinds count by their own verdicts beside the reports'.
        var expected = ["files": files.count, "maximal": 1, "minimal": 1, "incomplete": 1, "noncompliant": 1,
                        "not_assessed": 1, "error": 1]
        for file in files where file["document"] as? String != "report" {
            expected[file["verdict"] as? String ?? "?", default: 0] += 1
        }
        let passing = files.count { $0["passes"] as? Bool == true }
        expected["passing"] = passing
        expected["failing"] = files.count - passing
        #expect(summary.compactMapValues { $0 as? Int } == expected)
        #expect(summary["required"] as? String == "minimal")
    }

    @Test("indicators carry value, thresholds, level, message and place")
    func indicatorShape() throws {
        let (_, json) = try CLI.json(["check", "Samples/minimal.yaml"])
        let files = try #require(json["files"] as? [[String: Any]])
        let services = try #require(files.first?["services"] as? [[String: Any]])
        let training = try #require(services.first)
        #expect(training["id"] as? String == "T1")
        #expect(training["form"] as? String == "training")
        let indicators = try #require(training["indicators"] as? [[String: Any]])
        let participants = try #require(indicators.first { $0["id"] as? String == "participants" })
        #expect(participants["level"] as? String == "minimal")
        #expect(participants["value"] as? Int == 18)
        #expect(participants["minimal"] as? Int == 10)
        #expect(participants["maximal"] as? Int == 25)
        #expect(participants["line"] as? Int == 17)
        #expect(participants["column"] as? Int == 19)
        #expect((participants["message"] as? String)?.isEmpty == false)
    }

    @Test("input errors are listed with line and column")
    func errorShape() throws {
        let (_, json) = try CLI.json(["check", "Samples/errors.yaml"])
        let files = try #require(json["files"] as? [[String: Any]])
        let errors = try #require(files.first?["errors"] as? [[String: Any]])
        #expect(errors.count == 6)
        #expect(errors.allSatisfy { $0["line"] is Int && $0["column"] is Int && $0["message"] is String })
        let warnings = try #require(files.first?["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
    }

    @Test("standard input is read for -")
    func standardInput() throws {
        let report = try String(contentsOfFile: CLI.root + "/Samples/maximal.yaml", encoding: .utf8)
        let (run, json) = try CLI.json(["check", "-"], input: report)
        #expect(run.status == 0)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "-")
        #expect(files.first?["verdict"] as? String == "maximal")
    }

    @Test("a missing file is an error result, and the other files still get theirs")
    func missingFile() throws {
        let (run, json) = try CLI.json(["check", "Samples/maximal.yaml", "nowhere.yaml"])
        #expect(run.status == 2)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["verdict"] as? String } == ["maximal", "error"])
    }

    @Test("text output shows path:line:col: error: with the source line and a caret")
    func textErrors() throws {
        let run = try CLI.run(["check", "Samples/errors.yaml"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("Samples/errors.yaml:6:10: error: BIN '180540012344' fails its check digit"))
        #expect(run.stdout.contains("    6 |     bin: \"180540012344\""))
        #expect(run.stdout.contains("      |          ^"))
    }

    @Test("usage errors exit with status 2 and say what is valid", arguments: [
        ["check", "Samples", "--format", "yaml"],
        ["check", "Samples", "--require", "best"],
        ["check", "Samples", "--lang", "de"],
        ["check", "Samples", "--jobs", "0"],
        ["check", "Samples", "--output", "nothing"],
        ["check"],
        ["frobnicate"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test("an unreadable standard is a usage error with status 2")
    func badStandard() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "standard: [broken\n".write(toFile: folder + "/standard.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "Samples/maximal.yaml", "--standard", folder])
        #expect(run.status == 2)
        #expect(run.stderr.contains(folder + "/standard.yaml:"))
        #expect(try CLI.run(["check", "Samples/maximal.yaml", "--standard", folder + "/none"]).status == 2)
    }

    @Test("--standard with a copy of the built-in standard gives the same verdicts")
    func customStandard() throws {
        let (_, builtin) = try CLI.json(["check", "Samples"])
        let (_, copy) = try CLI.json(["check", "Samples", "--standard", "Standards"])
        #expect((builtin["summary"] as? [String: Int]) == (copy["summary"] as? [String: Int]))
    }

    @Test("--output writes a machine format to a file while text goes to standard output")
    func outputFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["check", "Samples", "--output", "json=\(folder)/out.json"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("Samples/maximal.yaml: maximal"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/out.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let samples = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/Samples").filter { $0.hasSuffix(".yaml") }
        #expect((json["files"] as? [Any])?.count == samples.count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "out.json" }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
    }

    @Test("--help teaches: formats, verdicts and exit statuses")
    func help() throws {
        let run = try CLI.run(["check", "--help"])
        #expect(run.status == 0)
        for word in ["--format", "--require", "--standard", "--lang", "Exit status", "noncompliant", "Examples"] {
            #expect(run.stdout.contains(word), "help lacks \(word)")
        }
    }

    @Test("wrong option values are usage errors, worded and ordered as for every command", arguments: [
        (["--jobs", "0"], "--jobs must be at least 1"),
        (["--config", "a.yml", "--no-config"], "--config and --no-config cannot be used together"),
        (["-q", "-v"], "--quiet and --verbose cannot be used together"),
        (["--output", "nope"], "--output takes FORMAT=PATH with FORMAT one of text, json, junit, sarif, github, markdown, csv, html, xlsx, not 'nope'"),
        // Several wrong at once: the first in the order of the help, whatever the order given.
        (["--output", "nope", "-q", "-v", "--no-config", "--config", "a.yml", "--jobs", "0"], "--jobs must be at least 1"),
        (["--output", "nope", "-v", "-q"], "--quiet and --verbose cannot be used together"),
    ])
    func usageErrors(options: [String], message: String) throws {
        let run = try CLI.run(["check", "Samples/minimal.yaml"] + options)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            Error: \(message)
            Usage: gsz check [<options>] <path> ...
              See 'gsz check --help' for more information.

            """)
    }

    @Test("--help lists the options in one order")
    func helpOrder() throws {
        let lines = try CLI.run(["check", "--help"]).stdout.split(separator: "\n").map(String.init)
        let names = ["--format", "--output", "--require", "--standard", "--lang", "--jobs", "--csv-dialect", "--color",
                     "--config", "--no-config", "-q, --quiet", "-v, --verbose", "--sarif-level", "--version", "-h, --help"]
        let positions = names.map { name in lines.firstIndex { $0.hasPrefix("  \(name) ") || $0 == "  \(name)" } }
        #expect(!positions.contains(nil), "\(zip(names, positions).filter { $0.1 == nil }.map(\.0))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("the language follows --lang, then the locale")
    func languages() throws {
        let russian = try CLI.run(["check", "Samples/errors.yaml", "--lang", "ru"])
        #expect(russian.stdout.contains("не сходится контрольный разряд"))
        let kazakh = try CLI.run(["check", "Samples/errors.yaml"], environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(kazakh.stdout.contains("бақылау разряды сәйкес келмейді"))
    }
}
