import GSZKit
import GSZYAML
import Testing

/// gsz's source location; Swift Testing has a type of the same name.
typealias Place = GSZYAML.SourceLocation

/// Reports written for tests, checked against the built-in standard.
enum Reports {
    /// The built-in standard; every test that evaluates needs it to load.
    static func standard() throws -> Standard {
        try #require(BuiltinStandard.load.standard, "built-in standard: \(BuiltinStandard.load.diagnostics)")
    }

    /// A valid report header (lines 1–7).
    static let header = """
        report:
          ngo:
            name: ОФ «Болашақ»
            bin: "180540012343"
          project: Школа гражданской активности
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
        """

    /// A full report with `services`, each a YAML block starting with `- `.
    static func report(_ services: [String]) -> String {
        header + "\n" + services.map { block in
            block.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// One service (a training seminar unless told) with the given values; `nil` leaves a
    /// field out. `id` and `title` are written as given, so quote them where YAML needs it.
    static func service(
        id: String = "S1", kind: String = "training", form: String? = "seminar", title: String? = nil, days: Int = 1,
        hours: Double? = 8, participants: Int? = 20, experience: Double? = 3, respondents: Int? = 20,
        satisfied: Int? = 18, stories: Int? = nil
    ) -> String {
        var lines = ["- id: \(id)", "  kind: \(kind)"]
        if let form { lines.append("  form: \(form)") }
        if let title { lines.append("  title: \(title)") }
        lines.append(days == 1 ? "  date: 2026-03-02" : "  dates: {from: 2026-03-02, to: 2026-03-\(String(format2: 1 + days))}")
        if let hours { lines.append("  hours: \(hours)") }
        if let participants { lines.append("  participants: \(participants)") }
        if let experience { lines.append("  provider: {name: Тренер, experience_years: \(experience)}") }
        if respondents != nil || satisfied != nil {
            lines.append("  feedback:")
            if let respondents { lines.append("    respondents: \(respondents)") }
            if let satisfied { lines.append("    satisfied: \(satisfied)") }
        }
        if let stories { lines.append("  success_stories: \(stories)") }
        return lines.joined(separator: "\n")
    }

    /// The result of checking `text` as a report.
    static func check(_ text: String, path: String = "test.yaml") throws -> FileResult {
        Checker(standard: try standard()).check(Array(text.utf8), path: path)
    }

    /// The only service's result in `text`.
    static func onlyService(_ text: String) throws -> ServiceResult {
        let result = try check(text)
        #expect(result.errors.isEmpty, "unexpected errors: \(result.errors.map { $0.message.text(in: .en) })")
        return try #require(result.services.first)
    }
}

extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}

extension ServiceResult {
    /// The level of indicator `id`, if it applied.
    func level(_ id: String) -> IndicatorLevel? {
        indicators.first { $0.id == id }?.level
    }
}

extension FileResult {
    /// The ids of the errors, in order.
    var errorIDs: [String] { errors.map(\.message.id) }
}
