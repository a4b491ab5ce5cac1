import GSZYAML

/// Reads a `calendar:` file (one year) and a `calendar_examples:` file, reporting unknown
/// keys and wrong types as errors like every standard file: a wrong holiday moves every
/// deadline after it.
struct CalendarFileReader {
    var fields: FieldReader
    let path: String

    init(fields: FieldReader, path: String) {
        self.fields = fields
        self.path = path
    }

    private static let yearKeys = KeySet(["year", "provisional", "sources", "holidays", "transfers"])
    private static let holidayKeys = KeySet(["date", "name", "substitution"])
    private static let transferKeys = KeySet(["worked", "off", "order"])

    /// The year declared under `calendar:`, unless it is unreadable.
    mutating func readYear(_ node: YAMLNode) -> CalendarYear? {
        guard let top = fields.mapping(node, field: "calendar", keys: Self.yearKeys),
              let yearNode = fields.required("year", in: top),
              let year = fields.wholeNumber(yearNode, field: "calendar.year", minimum: 1) else { return nil }
        let provisional = top["provisional"].flatMap { fields.boolean($0, field: "calendar.provisional") } ?? false
        var sources: [String] = []
        for item in items("sources", top, required: true) {
            if let text = fields.text(item, field: "calendar.sources", nonEmpty: true) { sources.append(text) }
        }
        var holidays: [Holiday] = []
        for item in items("holidays", top, required: true) {
            guard let holiday = fields.mapping(item, field: "calendar.holidays", keys: Self.holidayKeys) else { continue }
            let day = yearDate("date", holiday, year: year)
            let nameNode = fields.required("name", in: holiday)
            let names = nameNode.flatMap { localizedName($0, field: holiday.path("name")) }
            let substitution = fields.required("substitution", in: holiday)
                .flatMap { fields.boolean($0, field: holiday.path("substitution")) }
            guard let day, let names, let substitution else { continue }
            holidays.append(Holiday(date: day, name: names, substitution: substitution))
        }
        var transfers: [Transfer] = []
        for item in items("transfers", top, required: false) {
            guard let transfer = fields.mapping(item, field: "calendar.transfers", keys: Self.transferKeys) else { continue }
            let worked = weekday("worked", transfer, year: year, weekend: true)
            let off = weekday("off", transfer, year: year, weekend: false)
            let order = fields.required("order", in: transfer).flatMap { fields.text($0, field: transfer.path("order"), nonEmpty: true) }
            guard let worked, let off, let order else { continue }
            transfers.append(Transfer(worked: worked, off: off, order: order))
        }
        return CalendarYear(year: year, provisional: provisional, sources: sources, holidays: holidays,
                            transfers: transfers, path: path, location: yearNode.location)
    }

    // MARK: Small readers

    mutating func items(_ key: String, _ top: MappingFields, required: Bool) -> [YAMLNode] {
        let node = required ? fields.required(key, in: top) : top[key]
        guard let node, let list = fields.list(node, field: top.path(key)) else { return [] }
        return Array(list)
    }

    /// A date under `key` that lies in `year`.
    private mutating func yearDate(_ key: String, _ mapping: MappingFields, year: Int) -> CalendarDate? {
        guard let node = fields.required(key, in: mapping), let date = fields.date(node, field: mapping.path(key)) else { return nil }
        guard date.year == year else {
            fields.bag.error(.standard(.dateOutsideYear(field: mapping.path(key), date: "\(date)", year: year)), at: node.location)
            return nil
        }
        return date
    }

    /// A date of `year` under `key` that is a Saturday or Sunday (`weekend`) or a weekday.
    private mutating func weekday(_ key: String, _ mapping: MappingFields, year: Int, weekend: Bool) -> CalendarDate? {
        guard let date = yearDate(key, mapping, year: year) else { return nil }
        guard date.weekday.isWeekend == weekend else {
            fields.bag.error(.standard(.transferDay(field: mapping.path(key), date: "\(date)", weekend: weekend)),
                             at: mapping[key]?.location ?? mapping.node.location)
            return nil
        }
        return date
    }

    /// A name in Russian, Kazakh and English, all three required: the calendar prints them.
    mutating func localizedName(_ node: YAMLNode, field: String) -> LocalizedText? {
        guard let texts = fields.translations(node, field: field), let ru = texts[.ru], let kk = texts[.kk], let en = texts[.en] else { return nil }
        return LocalizedText(ru: ru, kk: kk, en: en)
    }
}
