import Foundation
@testable import GSZKit
import GSZYAML
import GSZTestSupport
import Testing

/// Competition files written for tests, checked with the built-in standard's rules and calendar.
enum Competitions {
    /// The check the built-in standard makes; every competition test needs it to load.
    static func check() throws -> CompetitionCheck {
        let standard = try Reports.standard()
        let rules = try #require(CompetitionFamily.rules(in: standard).rules, "the built-in standard has no competition rules")
        return CompetitionCheck(rules: rules, calendar: standard.process.calendar)
    }

    /// The result for `text`, which must parse as YAML.
    static func result(_ text: String, path: String = "c.yaml") throws -> CompetitionCheck.Result {
        let parsed = YAMLDocument.parse(Array(text.utf8))
        let document = try #require(parsed.document, "not YAML: \(parsed.errors)")
        return try check().check(document.root, path: path)
    }

    /// A sample under `Samples/`, read from the repository.
    static func sample(_ name: String) throws -> String {
        try Repository.text("Samples/" + name)
    }

    /// The held sample with each `(old, new)` replaced once; a replacement that finds
    /// nothing fails the test, so a case cannot silently test the unchanged sample.
    static func held(_ edits: [(String, String)]) throws -> String {
        var text = try sample("competition-held.yaml")
        for (old, new) in edits {
            let range = try #require(text.range(of: old), "the held sample has no \(old)")
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// The levels of `rule`'s findings, by item (`""` for a finding without one).
    static func levels(_ result: CompetitionCheck.Result, _ rule: String) -> [String: String] {
        var levels: [String: String] = [:]
        for finding in result.evaluation.findings where finding.rule == rule {
            levels[finding.item ?? ""] = finding.level.rawValue
        }
        return levels
    }
}
