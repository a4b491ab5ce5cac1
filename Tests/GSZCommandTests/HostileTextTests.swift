import Foundation
import Testing

/// A report cannot act on the terminal or the CI log of whoever checks it: what it wrote,
/// in its values and in its file name, is shown as visible escapes in every format people read.
@Suite("Hostile text in reports, end to end")
struct HostileTextTests {
    /// A folder holding one report whose texts carry terminal escapes, a newline that forges
    /// a line, a bidi override and a line separator; its file name has a newline too.
    private func hostileReport() throws -> (folder: String, path: String) {
        let folder = try CLI.temporaryFolder()
        var text = try String(contentsOfFile: CLI.root + "/Samples/minimal.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "  project: Финансовая грамотность для сельской молодёжи",
                                         with: #"  project: "\e]0;title\a\e[2J\nother.yaml: maximal""#)
        text = text.replacingOccurrences(of: "    name: ОО «Әлем»", with: #"    name: "ОО \u202Eмелә\u2028::error ::x""#)
        text = text.replacingOccurrences(of: "  - id: T1", with: #"  - id: "T1\x9B31m""#)
        let path = folder + "/bad\nname.yaml"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return (folder, path)
    }

    /// Raw characters that must never reach the reader.
    private static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{2028}"]

    @Test("text, summary, GitHub, Markdown and CSV show every control as an escape", arguments: [
        ["check", "--format", "text"], ["check", "--format", "github"], ["check", "--format", "markdown"],
        ["check", "--format", "csv"], ["check", "--format", "csv", "--csv-dialect", "excel"],
        ["summary", "--format", "text"], ["summary", "--format", "csv"],
    ])
    func escaped(_ command: [String]) throws {
        let (folder, path) = try hostileReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run([command[0], path] + command.dropFirst() + ["--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        for scalar in Self.forbidden {
            #expect(!run.stdout.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) reached the output")
        }
        // No line of its own: the newline in the file name and in the project are escapes.
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("other.yaml") || $0.hasPrefix("name.yaml") })
        #expect(!lines.contains { $0.hasPrefix("::error ::x") })
        // The file name shows, escaped (Markdown escapes the backslash once more); the summary names no files.
        #expect(run.stdout.contains("nname.yaml") || command[0] == "summary")
    }

    @Test("the text format names each escape as the report would write it")
    func readable() throws {
        let (folder, path) = try hostileReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["check", path, "--lang", "en"])
        #expect(run.stdout.contains(#"\x1B]0;title\x07\x1B[2J\nother.yaml: maximal"#), "\(run.stdout)")
        #expect(run.stdout.contains(#"ОО \u202Eмелә\u2028::error ::x"#))
        #expect(run.stdout.contains(#"T1\x9B31m"#))
    }

    @Test("an error quoting a hostile value and a hostile source line is escaped too")
    func diagnostics() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = "report: {}\nservices: []\nbogus\u{202E}key: 1\n\"x\\e[2J\": 2\n"
        try report.write(toFile: folder + "/r.yaml", atomically: false, encoding: .utf8)
        let run = try CLI.run(["check", folder + "/r.yaml", "--lang", "en"])
        #expect(run.status == 2)
        for scalar in Self.forbidden { #expect(!run.stdout.unicodeScalars.contains(scalar)) }
        #expect(run.stdout.contains(#"bogus\u202Ekey"#), "\(run.stdout)")
        #expect(run.stdout.contains(#"x\x1B[2J"#), "\(run.stdout)")
    }
}
