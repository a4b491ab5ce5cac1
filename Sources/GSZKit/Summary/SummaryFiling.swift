/// What a summary to be filed says about itself besides its figures: the issuing body, the
/// date it was made, the periods it covers, and the reports counted once.
public struct SummaryFiling: Sendable, Equatable {
    /// The state body issuing the summary (`--body`).
    public var body: String?
    /// The date the summary was made, `YYYY-MM-DD` (`--date`, default today): passed in, so
    /// the same files give the same bytes.
    public var date: String?

    /// Nothing said.
    public init(body: String? = nil, date: String? = nil) {
        self.body = body
        self.date = date
    }
}

/// The words of the filing parts; each catalogue words them.
enum FilingWording: CaseIterable {
    case body, date, period, duplicates, preparedBy, approvedBy, signature, page

    /// The words in `language`.
    func text(in language: Language) -> String {
        language.catalogue.filingWord(self)
    }
}

extension MonitoringSummary {
    /// `Отчётный период: 1-е полугодие 2026 г.` (or several, joined), nil when no report gives one.
    func periodLine(in language: Language) -> String? {
        let names = periods.filter { !$0.id.isEmpty }.map { $0.name(in: language) }
        guard !names.isEmpty else { return nil }
        return FilingWording.period.text(in: language) + ": " + names.joined(separator: "; ")
    }

    /// `Орган: … · Дата: 2026-07-10`, nil when neither is given.
    func filingLine(_ filing: SummaryFiling, in language: Language) -> String? {
        var parts: [String] = []
        if let body = filing.body { parts.append(FilingWording.body.text(in: language) + ": " + body) }
        if let date = filing.date { parts.append(FilingWording.date.text(in: language) + ": " + date) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
