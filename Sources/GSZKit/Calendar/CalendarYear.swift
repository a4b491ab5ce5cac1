public import GSZYAML

/// One year of the working-day calendar as its file declares it: the holidays and the
/// transfer orders, with their legal sources. The days off are worked out from these
/// (`DaysOffRule`), never listed by hand.
public struct CalendarYear: Sendable {
    /// The year.
    public let year: Int
    /// Whether the year's calendar is an estimate (a holiday's date or an order not yet published).
    public let provisional: Bool
    /// The legal sources, as the file cites them.
    public let sources: [String]
    /// The holidays, in date order.
    public let holidays: [Holiday]
    /// The weekend days worked and weekdays taken off by order.
    public let transfers: [Transfer]
    /// The file that declares the year.
    public let path: String
    /// Where `year` is written.
    public let location: SourceLocation

    /// A year with every field given.
    public init(year: Int, provisional: Bool, sources: [String], holidays: [Holiday], transfers: [Transfer],
                path: String, location: SourceLocation) {
        self.year = year
        self.provisional = provisional
        self.sources = sources
        self.holidays = holidays.sorted { $0.date < $1.date }
        self.transfers = transfers
        self.path = path
        self.location = location
    }
}

/// A public holiday (or a day off by the Labour Code) on one date.
public struct Holiday: Sendable, Hashable {
    /// The date.
    public let date: CalendarDate
    /// Its name in each language.
    public let name: LocalizedText
    /// Whether art. 5 of the holidays law applies: on a Saturday or Sunday the day off moves
    /// to the next working day. Never for 7 January or Курбан-айт (Labour Code art. 84 p. 5).
    public let substitution: Bool

    /// A holiday.
    public init(date: CalendarDate, name: LocalizedText, substitution: Bool) {
        self.date = date
        self.name = name
        self.substitution = substitution
    }
}

/// A transfer by order: a weekend day made a working day and a weekday made a day off.
public struct Transfer: Sendable, Hashable {
    /// The Saturday or Sunday worked.
    public let worked: CalendarDate
    /// The weekday taken off instead.
    public let off: CalendarDate
    /// The order, by name.
    public let order: String

    /// A transfer.
    public init(worked: CalendarDate, off: CalendarDate, order: String) {
        self.worked = worked
        self.off = off
        self.order = order
    }
}
