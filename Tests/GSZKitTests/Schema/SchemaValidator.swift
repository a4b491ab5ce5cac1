import Foundation

/// Runs `Fixtures/validate-schema.py`: Python's `jsonschema`, an implementation of JSON
/// Schema independent of gsz, reading YAML as an editor does. `.ci/run` installs it; the
/// tests that need it are skipped, visibly, where it is missing.
enum SchemaValidator {
    static let script = StandardToolsFixtures.fixture("validate-schema.py")

    /// Whether `python3` with `jsonschema` and `yaml` can be run.
    static let isAvailable: Bool = (try? run(["-c", "import jsonschema, yaml"]))?.status == 0

    /// Validates each of `files` against `schema`: `true` for valid, by file; the whole
    /// output when the script itself fails.
    static func validate(schema: String, files: [String]) throws -> [String: Bool] {
        let schemaPath = NSTemporaryDirectory() + "gsz-schema-\(UUID().uuidString).json"
        try schema.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: schemaPath) }
        let (status, output) = try run([script, schemaPath] + files)
        guard status == 0 || status == 1 else { throw ValidatorFailure(output: output) }
        var results: [String: Bool] = [:]
        for line in output.split(separator: "\n") {
            if line.hasPrefix("ok ") { results[String(line.dropFirst(3))] = true }
            if line.hasPrefix("invalid "), let colon = line.range(of: ": ") {
                results[String(line[line.index(line.startIndex, offsetBy: 8)..<colon.lowerBound])] = false
            }
        }
        return results
    }

    /// Validates one report given as text.
    static func validate(schema: String, report: String) throws -> Bool {
        let path = NSTemporaryDirectory() + "gsz-report-\(UUID().uuidString).yaml"
        try report.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let valid = try validate(schema: schema, files: [path])[path] else { throw ValidatorFailure(output: "no verdict") }
        return valid
    }

    struct ValidatorFailure: Error { let output: String }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
