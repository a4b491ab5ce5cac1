/// The reporting period a report's rows are grouped under: the half-year its period lies in
/// (ГСЗ reports are half-yearly), or the period as written when it spans more.
public struct ReportingPeriod: Sendable, Hashable, Comparable {
    /// `2026-H1`, `2026-H2`, or `2026-01-01..2026-12-31`; empty when the report gives none.
    public let id: String
    private let start: CalendarDate?
    private let half: Int?

    /// The period of a report covering `span`.
    public init(_ span: DateSpan?) {
        guard let span else {
            (id, start, half) = ("", nil, nil)
            return
        }
        let firstHalf = span.from.month <= 6
        let sameHalf = span.from.year == span.to.year && (span.to.month <= 6) == firstHalf
        half = sameHalf ? (firstHalf ? 1 : 2) : nil
        start = span.from
        id = half.map { "\(span.from.year)-H\($0)" } ?? "\(span.from)..\(span.to)"
    }

    /// `1-е полугодие 2026 г.`, `2026 ж. 1-жартыжылдық`, `first half of 2026`.
    public func name(in language: Language) -> String {
        guard let start else { return "—" }
        guard let half else { return id.replacingDots() }
        return language.catalogue.halfYear(half, year: start.year)
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        switch (lhs.start, rhs.start) {
        case let (left?, right?): left != right ? left < right : lhs.id < rhs.id
        case (nil, _?): false
        case (_?, nil): true
        case (nil, nil): false
        }
    }
}

extension String {
    /// `2026-01-01..2026-12-31` as `2026-01-01 – 2026-12-31`.
    fileprivate func replacingDots() -> String {
        split(separator: ".", omittingEmptySubsequences: true).joined(separator: " – ")
    }
}
