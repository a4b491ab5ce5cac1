/// Numbers as people read them: no trailing `.0`, at most two decimals in sentences.
public enum NumberText {
    /// `28`, `2.5`, `88.46` (two decimals at most, trailing zeros dropped), with a decimal
    /// comma for Russian and Kazakh.
    public static func short(_ value: Double, in language: Language = .en) -> String {
        localized(plain(value), language)
    }

    /// `value` as `short` gives it, with as many more decimals as keep it inside `span`, the
    /// values its level stands for: 84.995% is not "85%" beside "minimal, maximal from 85%".
    public static func short(_ value: Double, within span: ValueSpan, in language: Language) -> String {
        localized(plain(value, within: span), language)
    }

    /// A threshold exactly as the standard wrote it (`66.666`, not `66.67`): a rounded
    /// threshold could meet the value shown beside it.
    public static func exact(_ value: Double, in language: Language = .en) -> String {
        localized(plain(value, within: .exactly(value)), language)
    }

    private static func localized(_ text: String, _ language: Language) -> String {
        guard language != .en, text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// The value rounded to two decimals, without trailing zeros.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        // Past 1e15 a Double has no hundredths left to show, and counting them would
        // overflow Int (a report may say `hours: 1e300`): the shortest exact form instead.
        guard abs(value) < 1e15 else { return value.description }
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        if hundredths % 100 == 0 && Double(hundredths / 100) != abs(value) { return sign + justOff(abs(value)) }
        return sign + (decimals(abs(value), 2) ?? value.description)
    }

    /// The value with the fewest decimals, two or more, that keep it inside `span`.
    static func plain(_ value: Double, within span: ValueSpan) -> String {
        // A share of more than 2^53 answers is compared as an exact fraction: its nearest
        // Double may sit on the threshold it is just under, and no digits tell them apart.
        if let upper = span.upper, value >= upper.value, !span.contains(value) {
            return (upper.included ? "" : "<") + exact(upper.value)
        }
        if let lower = span.lower, value <= lower.value, !span.contains(value) {
            return (lower.included ? "" : ">") + exact(lower.value)
        }
        let text = plain(value)
        // A whole number below 1e15 reads back as itself: no need to parse it to know.
        let shown = value.rounded() == value && abs(value) < 1e15 ? value : Double(text) ?? value
        if span.contains(shown) { return text }
        let sign = value < 0 ? "-" : ""
        for count in 3...15 {
            guard let digits = decimals(abs(value), count) else { break }
            if span.contains(Double(sign + digits) ?? value) { return sign + digits }
        }
        return value.description  // the shortest text that reads back as the value itself
    }

    /// A value that two decimals would round onto a whole number it is not (1.999 → `2`,
    /// 84.995 → `85`, a shortfall of 0.001 → `0`), with as many decimals as it takes to be
    /// off it: thresholds are whole numbers, and "2 hours: at least 2 required" or "85% …
    /// minimal" would contradict the level shown beside it.
    static func justOff(_ magnitude: Double) -> String {
        for count in 3...12 {
            guard let digits = decimals(magnitude, count) else { break }
            if digits.utf8.contains(UInt8(ascii: ".")) { return digits }
        }
        return magnitude.description
    }

    /// `magnitude` rounded to `count` decimals, trailing zeros dropped; nil where the scaled
    /// value would not fit an Int exactly.
    private static func decimals(_ magnitude: Double, _ count: Int) -> String? {
        var unit = 1
        for _ in 0..<count { unit *= 10 }
        guard magnitude * Double(unit) < 9e15 else { return nil }
        let scaled = Int((magnitude * Double(unit)).rounded())
        guard scaled % unit != 0 else { return String(scaled / unit) }
        var fraction = String(scaled % unit)
        fraction = String(repeating: "0", count: count - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(scaled / unit) + "." + fraction
    }
}
