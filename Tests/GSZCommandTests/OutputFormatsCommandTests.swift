import Foundation
import GSZKit
import GSZTestSupport
import Testing

/// `gsz check` end to end for the output formats: every format on standard output and through
/// `--output`, from one check of the reports, equal to what the library renders.
@Suite struct OutputFormatsCommandTests {
    /// What the library renders for the samples, as the command should write it.
    static func rendered(_ format: FormatName) throws -> [UInt8] {
        let standard = TestStandard.builtin
        let checker = Checker(standard: standard)
        let samples = URL(fileURLWithPath: CLI.root).appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path)
        let results = try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            try checker.check(Array(Data(contentsOf: samples.appendingPathComponent(name))), path: "Samples/" + name)
        }
        let options = RenderOptions(language: .en, required: .minimal, color: false, standard: standard,
                                    toolVersion: GSZVersion.current)
        return format.type.init(options: options).render(results, required: .minimal)
    }

    @Test("--output files and standard output hold what the library renders, with --jobs 2")
    func outputsMatchTheLibrary() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formats = FormatName.allCases.filter { $0 != .text }
        let targets = formats.flatMap { ["--output", "\($0.rawValue)=\(folder)/\($0.rawValue)"] }
        let run = try CLI.run(["check", "Samples", "--lang", "en", "--jobs", "2", "--format", "markdown"] + targets)
        // Markdown holds its per-file sections until the last file: the command must write them before the totals.
        #expect(Array(run.stdoutData) == (try Self.rendered(.markdown)))
        for format in formats {
            let written = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(format.rawValue)"))
            #expect(Array(written) == (try Self.rendered(format)), "--output \(format.rawValue)")
        }
        // The exit status follows the contract's summary, whatever the outputs.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/json")))
        let summary = (json as? [String: Any])?["summary"] as? [String: Any] ?? [:]
        let failing = (summary["noncompliant"] as? Int ?? 0) + (summary["incomplete"] as? Int ?? 0)
        #expect(run.status == ((summary["error"] as? Int ?? 0) > 0 ? 2 : failing > 0 ? 1 : 0))
    }

    @Test("a wrong format name lists every valid one", arguments: [["--format", "xml"], ["--output", "xml=out.xml"]])
    func unknownFormat(_ option: [String]) throws {
        let run = try CLI.run(["check", "Samples"] + option)
        #expect(run.status == 2 && run.stdout.isEmpty)
        for format in FormatName.allCases { #expect(run.stderr.contains(format.rawValue)) }
    }

    @Test("--help describes every format")
    func help() throws {
        let run = try CLI.run(["check", "--help"])
        for format in FormatName.allCases { #expect(run.stdout.contains("\(format.rawValue): ")) }
    }
}
