/// Excel's day numbers as calendar dates.
///
/// In the 1900 system day 1 is 1900-01-01 and day 60 is the 29 February 1900 that never was
/// (kept by Excel for Lotus compatibility), so from day 61 on a serial counts from 1899-12-30;
/// in the 1904 system day 0 is 1904-01-01. A time of day (the fraction) is dropped.
public enum SerialDate {
    /// The date of day number `serial`, or nil outside years 1900–9999.
    public static func day(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1_462
        } else {
            guard days != 60 else { return (1900, 2, 29) }  // Excel's phantom leap day
            if days < 60 { days += 1 }
        }
        return civil(daysSince18991230: days)
    }

    /// The serial of a date in the 1900 system, for writing date cells.
    public static func serial(year: Int, month: Int, day: Int) -> Int {
        daysFromCivil(year: year, month: month, day: day) - daysFromCivil(year: 1899, month: 12, day: 30)
    }

    /// The date of an ISO 8601 date cell (`2026-02-10` or `2026-02-10T00:00:00`), or nil.
    static func iso(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }

    private static func civil(daysSince18991230 days: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's days-to-civil, from 1970-01-01; 1899-12-30 is 25,569 days before it.
        let z = days - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
