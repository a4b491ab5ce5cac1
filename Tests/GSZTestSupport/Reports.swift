/// Report texts written for tests: a valid header and services with the given values.
public enum Reports {
    /// A valid report header (lines 1–7).
    public static let header = """
        report:
          ngo:
            name: ОФ «Болашақ»
            bin: "180540012343"
          project: Школа гражданской активности
          period: {from: 2026-01-01, to: 2026-12-31}
        services:
        """

    /// A full report with `services`, each a YAML block starting with `- `.
    public static func report(_ services: [String]) -> String {
        header + "\n" + services.map { block in
            block.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// One service (a training seminar unless told) with the given values; `nil` leaves a
    /// field out. `id` and `title` are written as given, so quote them where YAML needs it.
    public static func service(
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
}

extension String {
    /// Two digits, zero-padded.
    public init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
