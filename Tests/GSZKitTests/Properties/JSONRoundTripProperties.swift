import Foundation
import GSZTestSupport
import Testing
@testable import GSZKit

/// The JSON output is JSON whatever the reports hold, and says what the results say.
@Suite("Properties: JSON output parses, round-trips and agrees with the results")
struct JSONRoundTripProperties {
    @Test("batches of generated reports render to JSON that parses, re-encodes to the same object, and carries every verdict",
          arguments: Language.allCases)
    func roundTrip(language: Language) throws {
        let standard = try Reports.standard()
        let checker = Checker(standard: standard)
        let format = JSONFormat(options: RenderOptions(language: language, required: .minimal, color: false,
                                                       standard: standard, toolVersion: "test"))
        var generator = ReportGenerator(seed: 0x5EED_0005 &+ UInt64(language.rawValue.hashValue & 0xFF))
        for batch in 0..<60 {
            let results = (0..<5).map { index in
                checker.check(Array(ReportGenerator.report(generator.services(errors: true)).utf8),
                              path: "batch\(batch)/\"r\(index)\"\\.yaml")
            }
            let data = Data(format.render(results, required: .minimal))
            let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary,
                                      "\(String(decoding: data, as: UTF8.self))")
            let reencoded = try JSONSerialization.data(withJSONObject: parsed)
            #expect(try JSONSerialization.jsonObject(with: reencoded) as? NSDictionary == parsed)

            let files = try #require(parsed["files"] as? [[String: Any]])
            #expect(files.count == results.count)
            for (file, result) in zip(files, results) {
                #expect(file["path"] as? String == result.path)
                #expect(file["verdict"] as? String == result.verdict.rawValue)
                #expect((file["errors"] as? [Any])?.count == result.errors.count)
                let services = try #require(file["services"] as? [[String: Any]])
                #expect(services.map { $0["id"] as? String } == result.services.map(\.id))
                #expect(services.map { $0["verdict"] as? String } == result.services.map(\.verdict.rawValue))
                #expect(services.map { $0["title"] as? String } == result.services.map(\.title))
            }
            let counts = try #require(parsed["summary"] as? [String: Any]).compactMapValues { $0 as? Int }
            #expect(counts["files"] == results.count)
            // `compliant` is written only where documents judged by rules made it non-zero.
            for verdict in Verdict.allCases {
                #expect(counts[verdict.rawValue, default: 0] == results.count { $0.verdict == verdict })
            }
            #expect(Set(counts.keys).isSuperset(of: ["files", "maximal", "minimal", "incomplete", "noncompliant",
                                                    "not_assessed", "error"]))
        }
    }
}
