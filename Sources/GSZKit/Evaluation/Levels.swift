/// The level one indicator reaches for one service.
public enum IndicatorLevel: String, Sendable, CaseIterable {
    /// The indicator applies, but the report lacks its input.
    case missing
    /// Below the minimal threshold, or a requirement not met.
    case noncompliant
    /// A requirement (hours at least, days at most, experience at least) is met.
    case meets
    /// At or above the minimal threshold of a graded indicator, below the maximal one.
    case minimal
    /// At or above the maximal threshold of a graded indicator.
    case maximal

    /// Whether this level lets its service pass when `required` is the lowest acceptable
    /// level: the indicator-sized counterpart of `Verdict.passes(_:)`, so machine formats can
    /// name exactly the indicators that fail a service.
    public func passes(_ required: RequiredLevel) -> Bool {
        switch self {
        case .missing, .noncompliant: false
        case .minimal: required == .minimal
        case .meets, .maximal: true
        }
    }
}

/// The verdict on a service or a whole file, ordered from worst to best.
///
/// `notAssessed` sorts last, so the file verdict is simply the lowest service verdict: a
/// service the standard sets nothing for never pulls a file down, and a file of such
/// services alone stays `notAssessed`.
public enum Verdict: String, Sendable, CaseIterable, Comparable {
    /// The file could not be read as a report; nothing in it was judged.
    case error
    /// Some indicator is below its minimal threshold, or some requirement is not met.
    case noncompliant
    /// Some indicator applies but the report lacks what it needs.
    case incomplete
    /// Every graded indicator reaches at least its minimal threshold.
    case minimal
    /// Every graded indicator reaches its maximal threshold.
    case maximal
    /// A document judged by rules (a discussion, a competition, a monitoring log) breaks none
    /// and lacks no input.
    case compliant
    /// The standard sets no thresholds for this service (a webinar; a kind without tables).
    case notAssessed = "not_assessed"

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!  // every case is in allCases
    }

    /// Whether a file with this verdict passes when `required` is the lowest acceptable level.
    public func passes(_ required: RequiredLevel) -> Bool {
        switch self {
        case .error, .noncompliant, .incomplete: false
        case .minimal: required == .minimal
        case .maximal, .compliant, .notAssessed: true
        }
    }
}

/// The lowest file verdict that still passes (`--require`).
public enum RequiredLevel: String, Sendable, CaseIterable {
    /// Minimal and maximal files pass.
    case minimal
    /// Only maximal files pass.
    case maximal
}
