/// Numbers as people read them: no trailing `.0`, at most two decimals in sentences.
public enum NumberText {
    /// `28`, `2.5`, `88.46` (two decimals at most, trailing zeros dropped), with a decimal
    /// comma for Russian and Kazakh.
    public static func short(_ value: Double, in language: Language = .en) -> String {
        let text = plain(value)
        guard language != .en, text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(text.map { $0 == "." ? "," : $0 })
    }

    /// The value rounded to two decimals, without trailing zeros.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        // Past 1e15 a Double has no hundredths left to show, and counting them would
        // overflow Int (a report may say `hours: 1e300`): the shortest exact form instead.
        guard abs(value) < 1e15 else { return value.description }
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 && Double(whole) != abs(value) { return sign + justOff(abs(value)) }
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    /// A value that two decimals would round onto a whole number it is not (1.999 → `2`,
    /// 84.995 → `85`, a shortfall of 0.001 → `0`), with as many decimals as it takes to be
    /// off it: thresholds are whole numbers, and "2 hours: at least 2 required" or "85% …
    /// minimal" would contradict the level shown beside it.
    static func justOff(_ magnitude: Double) -> String {
        var scale = 1000.0
        for decimals in 3...12 where magnitude * scale < 9e15 {
            let scaled = Int((magnitude * scale).rounded())
            let unit = Int(scale)
            if scaled % unit != 0 {
                var fraction = String(scaled % unit)
                fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
                while fraction.hasSuffix("0") { fraction.removeLast() }
                return String(scaled / unit) + "." + fraction
            }
            scale *= 10
        }
        return magnitude.description
    }
}
