/// Why a date is not an ordinary day: a holiday, a day off moved from one, a transfer.
public struct CalendarDay: Sendable, Hashable {
    /// What makes the day special.
    public enum Reason: Sendable, Hashable {
        /// A holiday on this date; `movedTo` is where its day off went when it fell on a weekend.
        case holiday(Holiday, movedTo: CalendarDate?)
        /// A day off moved here from `holiday`, which fell on a Saturday or Sunday (art. 5).
        case substitute(for: Holiday)
        /// A weekday made a day off by `transfer`.
        case transferredOff(Transfer)
        /// A Saturday or Sunday made a working day by `transfer`.
        case transferredWorking(Transfer)
    }

    /// The date.
    public let date: CalendarDate
    /// Why it is special.
    public let reason: Reason

    /// Whether the day is a day off (all but a transferred working day).
    public var isDayOff: Bool {
        if case .transferredWorking = reason { return false }
        return true
    }
}

/// Works out the days of a set of years that are not ordinary weekdays or weekends, by the
/// holidays law: holidays are days off (art. 2–3), transfers swap a weekend day and a
/// weekday, and a holiday on a Saturday or Sunday moves its day off to the next working
/// day after it (art. 5); in a run of holidays each weekend day moves in turn to the next
/// free working days after the run.
enum DaysOffRule {
    /// The special days of `years`, keyed by day number. A day off moved past the last
    /// day of its year lands in the next year's days.
    static func specialDays(of years: [CalendarYear]) -> [Int: CalendarDay] {
        var days: [Int: CalendarDay] = [:]
        let holidays = years.flatMap(\.holidays).sorted { $0.date < $1.date }
        for holiday in holidays where days[holiday.date.dayNumber] == nil {
            days[holiday.date.dayNumber] = CalendarDay(date: holiday.date, reason: .holiday(holiday, movedTo: nil))
        }
        // Orders come before moved days off: an order is made knowing the year's holidays.
        for transfer in years.flatMap(\.transfers) {
            days[transfer.worked.dayNumber] = CalendarDay(date: transfer.worked, reason: .transferredWorking(transfer))
            days[transfer.off.dayNumber] = CalendarDay(date: transfer.off, reason: .transferredOff(transfer))
        }
        for run in runs(of: holidays) {
            guard let last = run.last?.date.dayNumber else { continue }
            var candidate = last + 1
            for holiday in run where holiday.substitution && holiday.date.weekday.isWeekend {
                while !isFreeWeekday(candidate, in: days) { candidate += 1 }
                guard let date = CalendarDate(dayNumber: candidate) else { break }
                days[candidate] = CalendarDay(date: date, reason: .substitute(for: holiday))
                days[holiday.date.dayNumber] = CalendarDay(date: holiday.date, reason: .holiday(holiday, movedTo: date))
                candidate += 1
            }
        }
        return days
    }

    /// Holidays on consecutive dates, grouped; each holiday in exactly one run.
    static func runs(of holidays: [Holiday]) -> [[Holiday]] {
        var runs: [[Holiday]] = []
        for holiday in holidays {
            if let previous = runs.last?.last, holiday.date.dayNumber - previous.date.dayNumber <= 1 {
                runs[runs.count - 1].append(holiday)
            } else {
                runs.append([holiday])
            }
        }
        return runs
    }

    /// A Monday to Friday that is no holiday, no moved day off and no transferred day off.
    private static func isFreeWeekday(_ dayNumber: Int, in days: [Int: CalendarDay]) -> Bool {
        guard let date = CalendarDate(dayNumber: dayNumber) else { return true }  // past year 9999: stop looking
        return !date.weekday.isWeekend && days[dayNumber] == nil
    }
}
