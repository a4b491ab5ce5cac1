/// Whether a file passes `--require`, in the words of the formats people read: a file's
/// mark next to its verdict, and the line that closes a batch. The exit status goes by
/// the same `Verdict.passes(_:)`, so what a person reads and what CI sees never differ.
public enum PassWording {
    /// The required level's name: `minimal`, `минимальный`, `минималды`.
    public static func level(_ required: RequiredLevel, in language: Language) -> String {
        switch required {
        case .minimal: Verdict.minimal.name(in: language)
        case .maximal: Verdict.maximal.name(in: language)
        }
    }

    /// `passes` or `fails (required: maximal)`: the file's mark against `required`.
    public static func mark(_ verdict: Verdict, required: RequiredLevel, in language: Language) -> String {
        let passes = verdict.passes(required)
        let word = switch language {
        case .en: passes ? "passes" : "fails"
        case .ru: passes ? "проходит" : "не проходит"
        case .kk: passes ? "өтеді" : "өтпейді"
        }
        return passes ? word : word + " (" + requiredLabel(required, in: language) + ")"
    }

    /// `required: maximal`, `требуется: максимальный`, `талап: максималды`.
    public static func requiredLabel(_ required: RequiredLevel, in language: Language) -> String {
        let label = switch language {
        case .en: "required"
        case .ru: "требуется"
        case .kk: "талап"
        }
        return label + ": " + level(required, in: language)
    }

    /// `Required: maximal — 2 pass, 1 fails`: the batch against `required`, as a line of its own.
    public static func totals(_ summary: BatchSummary, required: RequiredLevel, in language: Language) -> String {
        let passing = summary.files - summary.failing
        let counts = switch language {
        case .en: "\(passing) \(passing == 1 ? "passes" : "pass"), \(summary.failing) \(summary.failing == 1 ? "fails" : "fail")"
        case .ru: "проходят: \(passing), не проходят: \(summary.failing)"
        case .kk: "өтеді: \(passing), өтпейді: \(summary.failing)"
        }
        let label = requiredLabel(required, in: language)
        return label.prefix(1).uppercased() + label.dropFirst() + " — " + counts
    }
}
