import GSZTestSupport
/// A small, seeded random number generator (SplitMix64): the same seed gives the same
/// reports on every machine, so a failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D4_9BB3_1330_49EB
        return mixed ^ (mixed >> 31)
    }
}

/// One generated service: every input the indicators read, each possibly absent.
struct GeneratedService {
    var id: String
    var kind = "training"
    var form: String? = "seminar"
    var title: String?
    var days = 1
    var hours: Double?
    var participants: Int?
    var experience: Double?
    var respondents: Int?
    var satisfied: Int?
    var stories: Int?
    /// When set, satisfied exceeds respondents: an input error (contract §4).
    var broken = false

    /// The service as a YAML block starting with `- `, as `Reports.report` takes it.
    var yaml: String {
        Reports.service(
            id: Self.quoted(id), kind: kind, form: form, title: title.map(Self.quoted), days: days, hours: hours,
            participants: participants, experience: experience, respondents: respondents,
            satisfied: broken ? (respondents ?? 0) + 1 : satisfied, stories: stories)
    }

    /// `text` as a YAML double-quoted scalar, every character that needs it escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// Random reports within the contract: counts that respect satisfied ≤ respondents ≤
/// participants, every training form, kinds without thresholds, absent inputs, and titles
/// full of characters that need escaping in YAML and JSON.
struct ReportGenerator {
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    static let forms = ["seminar", "training", "master_class", "lecture", "webinar", "video_lesson", "course", "internship"]
    static let otherKinds = ["consulting", "information", "research", "events", "civic_center"]
    static let titleParts = ["Основы", "Қазақ тілі", "quote \" here", "back\\slash", "tab\there", "line\nbreak",
                             "\u{1}control", "emoji 😀", "ё", "'single'", "{braces}: [x]", "# not a comment"]

    /// A value present three times in four.
    private mutating func maybe<Value>(_ make: (inout SeededGenerator) -> Value) -> Value? {
        Int.random(in: 0..<4, using: &random) == 0 ? nil : make(&random)
    }

    /// One valid service with id `id`.
    mutating func service(id: String) -> GeneratedService {
        var service = GeneratedService(id: id)
        if Int.random(in: 0..<8, using: &random) == 0 {
            service.kind = Self.otherKinds.randomElement(using: &random)!  // non-empty literal
            service.form = nil
        } else {
            service.form = Self.forms.randomElement(using: &random)!  // non-empty literal
        }
        if Bool.random(using: &random) {
            service.title = (0..<Int.random(in: 1...3, using: &random))
                .map { _ in Self.titleParts.randomElement(using: &random)! }.joined(separator: " ")  // non-empty literal
        }
        service.days = Int.random(in: 1...6, using: &random)
        service.hours = maybe { Double(Int.random(in: 1...40, using: &$0)) / 2 }
        service.participants = maybe { Int.random(in: 0...60, using: &$0) }
        service.experience = maybe { Double(Int.random(in: 0...12, using: &$0)) / 2 }
        let participants = service.participants ?? 60
        service.respondents = maybe { Int.random(in: 0...participants, using: &$0) }
        let respondents = service.respondents ?? participants
        service.satisfied = maybe { Int.random(in: 0...respondents, using: &$0) }
        service.stories = maybe { Int.random(in: 0...14, using: &$0) }
        return service
    }

    /// Between one and `most` services with unique ids; with `errors`, one in five reports
    /// has a service whose satisfied exceeds its respondents.
    mutating func services(most: Int = 6, errors: Bool = false) -> [GeneratedService] {
        var services = (0..<Int.random(in: 1...most, using: &random)).map { service(id: "S\($0 + 1)") }
        if errors, Int.random(in: 0..<5, using: &random) == 0 {
            let index = Int.random(in: 0..<services.count, using: &random)
            services[index].broken = true
            services[index].respondents = services[index].respondents ?? 0
            services[index].satisfied = 0
        }
        return services
    }

    /// A whole report's text.
    static func report(_ services: [GeneratedService]) -> String {
        Reports.report(services.map(\.yaml))
    }
}
