import Foundation
import GSZKit
import Testing

/// `gsz check` end to end: every format on standard output and through `--output`, from one
/// check of the reports, equal to what the library renders for the same results.
@Suite struct OutputFormatsCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `gsz`, beside the test bundle.
    static let gsz: URL = {
        let beside = Bundle.main.bundleURL.appendingPathComponent("gsz")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gsz")
    }()

    /// Runs gsz in the repository's root; returns standard output, standard error and the exit status.
    static func run(_ arguments: [String]) throws -> (output: Data, status: Int32, errors: String) {
        let process = Process()
        process.executableURL = gsz
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errorPipe
        try process.run()
        // Small outputs: reading one pipe to its end cannot block the other's writer for long.
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (output, process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// What the library renders for the samples, as the command should write it.
    static func rendered(_ format: FormatName) throws -> [UInt8] {
        let standard = try #require(BuiltinStandard.load.standard)
        let checker = Checker(standard: standard)
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Samples").path)
        let results = try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            try checker.check(Array(Data(contentsOf: root.appendingPathComponent("Samples/" + name))), path: "Samples/" + name)
        }
        let options = RenderOptions(language: .en, required: .minimal, color: false, standard: standard,
                                    toolVersion: GSZVersion.current)
        return format.type.init(options: options).render(results, required: .minimal)
    }

    @Test("--output files and standard output hold what the library renders, whatever --jobs")
    func outputsMatchTheLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let formats = FormatName.allCases.filter { $0 != .text }
        let targets = formats.flatMap { ["--output", "\($0.rawValue)=" + folder.appendingPathComponent($0.rawValue).path] }
        let (markdown, status, _) = try Self.run(["check", "Samples", "--lang", "en", "--jobs", "2", "--format", "markdown"] + targets)
        #expect(Array(markdown) == (try Self.rendered(.markdown)))
        for format in formats {
            let written = try Data(contentsOf: folder.appendingPathComponent(format.rawValue))
            #expect(Array(written) == (try Self.rendered(format)), "--output \(format.rawValue)")
        }
        // The exit status follows the contract's summary, whatever the outputs.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("json"))) as? [String: Any]
        let summary = json?["summary"] as? [String: Int] ?? [:]
        let failing = (summary["noncompliant"] ?? 0) + (summary["incomplete"] ?? 0)
        #expect(status == ((summary["error"] ?? 0) > 0 ? 2 : failing > 0 ? 1 : 0))
    }

    @Test("an unknown format is a usage error (status 2, contract §6) that names the valid ones",
          arguments: [["--format", "xml"], ["--output", "xml=out.xml"]])
    func unknownFormat(_ option: [String]) throws {
        let (output, status, errors) = try Self.run(["check", "Samples"] + option)
        #expect(status == 2)
        #expect(output.isEmpty)
        for format in FormatName.allCases { #expect(errors.contains(format.rawValue)) }
    }
}
