/// The figures of one row of the monitoring summary: the services of one form run by one
/// NGO, or the total over the batch.
public struct SummaryFigures: Sendable, Equatable {
    /// Services counted.
    public private(set) var services = 0
    /// Services per verdict (never `error`: a file with errors has no services to count).
    public private(set) var verdicts: [Verdict: Int] = [:]
    /// Participants reached, over the services that report a number.
    public private(set) var participants = 0
    /// Success stories, over the services that report them.
    public private(set) var successStories = 0
    /// The satisfaction values added up, and how many, for the mean.
    private var satisfactionSum = 0.0
    /// Services with a satisfaction value (feedback with at least one respondent).
    private(set) var satisfactionCount = 0

    /// No services yet.
    public init() {}

    /// Counts one service.
    public mutating func add(_ service: ServiceFigures) {
        services += 1
        verdicts[service.verdict, default: 0] += 1
        participants = participants.addingSaturating(service.participants ?? 0)
        successStories = successStories.addingSaturating(service.successStories ?? 0)
        if let satisfaction = service.satisfaction {
            satisfactionSum += satisfaction
            satisfactionCount += 1
        }
    }

    /// Adds another row's figures, for totals.
    public mutating func add(_ other: SummaryFigures) {
        services += other.services
        verdicts.merge(other.verdicts, uniquingKeysWith: +)
        participants = participants.addingSaturating(other.participants)
        successStories = successStories.addingSaturating(other.successStories)
        satisfactionSum += other.satisfactionSum
        satisfactionCount += other.satisfactionCount
    }

    /// Services with `verdict`.
    public subscript(verdict: Verdict) -> Int { verdicts[verdict] ?? 0 }

    /// The arithmetic mean of the services' satisfaction percentages, each service counting
    /// once whatever its number of respondents; nil when no service has a value.
    var meanSatisfaction: Double? {
        satisfactionCount > 0 ? satisfactionSum / Double(satisfactionCount) : nil
    }
}

/// What the summary needs of one service, taken from its result on the thread that
/// checked it, so the result itself can be dropped.
public struct ServiceFigures: Sendable, Equatable {
    /// The service's kind.
    public let kind: String
    /// Its form, where the kind has forms.
    public let form: String?
    /// Its verdict.
    public let verdict: Verdict
    /// Participants, where reported.
    public let participants: Int?
    /// Success stories, where reported.
    public let successStories: Int?
    /// Satisfaction in percent, where feedback has respondents.
    public let satisfaction: Double?

    /// The figures of `service`.
    public init(_ service: ServiceResult) {
        kind = service.kind
        form = service.form
        verdict = service.verdict
        participants = service.participants
        successStories = service.successStories
        satisfaction = service.satisfaction
    }
}

/// One row of the summary: an NGO, a form, and the figures of its services of that form.
public struct SummaryRow: Sendable, Equatable {
    /// The NGO's name, as its reports give it.
    public let ngo: String
    /// The NGO's BIN.
    public let bin: String
    /// The services' kind.
    public let kind: String
    /// The services' form, where the kind has forms.
    public let form: String?
    /// The figures.
    public internal(set) var figures: SummaryFigures
    /// The reporting period the services were reported for.
    public let period: ReportingPeriod
}
