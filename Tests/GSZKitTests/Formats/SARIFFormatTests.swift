import Foundation
@testable import GSZKit
import Testing

/// SARIF read back as JSON and held against the official schema and against the results.
@Suite struct SARIFFormatTests {
    let sarif: DecodedJSON
    let run: DecodedJSON

    init() throws {
        sarif = try DecodedJSON.parse(FormatBatch.render(.sarif))
        run = try #require(sarif["runs"]?.array.first)
    }

    private func schema() throws -> JSONSchemaValidator {
        let bytes = try Data(contentsOf: FormatBatch.fixtures.appendingPathComponent("sarif-schema-2.1.0.json"))
        return JSONSchemaValidator(root: try DecodedJSON.parse(Array(bytes)))
    }

    @Test("the batch's SARIF conforms to the SARIF 2.1.0 schema")
    func conformsToSchema() throws {
        let problems = try schema().problems(sarif)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test("the schema check rejects a log that breaks it", arguments: [
        #"{"version": "2.1.0"}"#,  // no runs
        #"{"version": "2.0.0", "runs": []}"#,  // wrong version
        #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "gsz"}}, "results": [{"message": {"text": "x"}, "level": "fatal"}]}]}"#,
        #"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}"#,  // driver without name
        #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "gsz"}}, "results": [{"message": {"text": "x"}, "ruleIndex": -2}]}]}"#,
    ])
    func schemaRejects(_ broken: String) throws {
        #expect(!(try schema().problems(DecodedJSON.parse(Array(broken.utf8)))).isEmpty)
    }

    @Test("header: version, tool, one rule per indicator of the standard, rule ids unique")
    func header() throws {
        #expect(sarif["version"] == .string("2.1.0"))
        #expect(sarif["runs"]?.array.count == 1)
        let driver = try #require(run["tool"]?["driver"])
        #expect(driver["name"] == .string("gsz"))
        #expect(driver["version"] == .string("test"))
        let ids = driver["rules"]?.array.compactMap { $0["id"]?.string } ?? []
        #expect(Set(ids).count == ids.count)
        for indicator in FormatBatch.standard.indicators {
            #expect(ids.contains("gsz/indicator/" + indicator.id))
        }
        for check in InputCheck.all {
            #expect(ids.contains((check.severity == .error ? "gsz/input/" : "gsz/warning/") + check.id))
        }
    }

    /// The batch's SARIF with every result, passing notes included.
    static func everything() throws -> DecodedJSON {
        var options = FormatBatch.options()
        options.sarifLevel = .note
        let sarif = try DecodedJSON.parse(SARIFFormat(options: options).render(FormatBatch.results, required: .minimal))
        return try #require(sarif["runs"]?.array.first)
    }

    @Test("with --sarif-level note: one result per indicator, input error and warning, and one verdict per file")
    func resultsMatchTheBatch() throws {
        let run = try Self.everything()
        let results = run["results"]?.array ?? []
        let rules = run["tool"]?["driver"]?["rules"]?.array ?? []
        let batch = FormatBatch.results
        let indicators = batch.flatMap(\.services).flatMap(\.indicators)
        #expect(results.count == batch.count + batch.map { $0.errors.count + $0.warnings.count }.reduce(0, +) + indicators.count)
        for result in results {
            let ruleID = try #require(result["ruleId"]?.string)
            let index = try #require(result["ruleIndex"]?.number.map(Int.init))
            #expect(rules[index]["id"]?.string == ruleID, "ruleIndex of \(ruleID)")
            let region = result["locations"]?.array.first?["physicalLocation"]?["region"]
            #expect((region?["startLine"]?.number ?? 0) >= 1)
        }
        let levels = results.filter { $0["ruleId"]?.string?.hasPrefix("gsz/indicator/") == true }.compactMap { $0["level"]?.string }
        let expected = indicators.map { indicator in
            indicator.level == .noncompliant ? "error" : indicator.level.passes(.minimal) ? "note" : "warning"
        }
        #expect(levels == expected)
    }

    @Test("uris are the paths as given, percent-encoded, never absolute")
    func uris() throws {
        let uris = (run["results"]?.array ?? []).compactMap {
            $0["locations"]?.array.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
        }
        #expect(Set(uris) == Set(FormatBatch.results.map { SARIFFormat.uri($0.path) }))
        for uri in uris {
            #expect(URL(string: uri) != nil, "\(uri) is not a URI reference")
            #expect(!uri.hasPrefix("/") && !uri.contains(":"))
            #expect(uri.removingPercentEncoding.map { path in FormatBatch.results.contains { $0.path == path } } == true)
        }
    }

    @Test("under --require maximal a minimal indicator is a warning, not a note")
    func requireMaximal() throws {
        let strict = try DecodedJSON.parse(FormatBatch.render(.sarif, required: .maximal))
        let results = strict["runs"]?.array.first?["results"]?.array ?? []
        let minimal = results.filter { $0["properties"]?["level"] == .string("minimal") }
        #expect(!minimal.isEmpty)
        #expect(minimal.allSatisfy { $0["level"] == .string("warning") })
    }

    @Test("--sarif-level leaves out the results below it, never a file's verdict", arguments: SARIFLevel.allCases)
    func levels(_ level: SARIFLevel) throws {
        var options = FormatBatch.options()
        options.sarifLevel = level
        let sarif = try DecodedJSON.parse(SARIFFormat(options: options).render(FormatBatch.results, required: .minimal))
        let results = sarif["runs"]?.array.first?["results"]?.array ?? []
        let all = try Self.everything()["results"]?.array ?? []
        let kept: Set<String> = switch level {
        case .error: ["error"]
        case .warning: ["error", "warning"]
        case .note: ["error", "warning", "note"]
        }
        let isVerdict = { (result: DecodedJSON) in result["ruleId"] == .string("gsz/verdict") }
        #expect(results.filter(isVerdict).count == FormatBatch.results.count)
        #expect(results.filter { !isVerdict($0) } == all.filter { !isVerdict($0) && kept.contains($0["level"]?.string ?? "") })
        #expect(try schema().problems(sarif).isEmpty)
    }
}
