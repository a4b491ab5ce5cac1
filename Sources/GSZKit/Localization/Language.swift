/// A language gsz speaks to people in. Machine formats keep English ids beside the text.
public enum Language: String, CaseIterable, Sendable, Comparable {
    /// Русский: the default, as in the Standard itself.
    case ru
    /// Қазақ тілі.
    case kk
    /// English.
    case en

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!  // every case is in allCases
    }

    /// The language a POSIX locale name asks for (`kk_KZ.UTF-8`, `en_US`, `ru`), if gsz speaks it.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// The language the environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`),
    /// falling back to Russian where none is set or gsz does not speak it.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first variable set decides, as in POSIX; "C" and unknown locales fall back.
            return Language(locale: value) ?? .ru
        }
        return .ru
    }
}

/// Text given in each language, as the standard files carry names.
public struct LocalizedText: Hashable, Sendable {
    /// Russian.
    public var ru: String
    /// Kazakh.
    public var kk: String
    /// English.
    public var en: String

    /// Text in all three languages.
    public init(ru: String, kk: String, en: String) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The same text in every language (a number, a code).
    public init(verbatim: String) {
        self.init(ru: verbatim, kk: verbatim, en: verbatim)
    }

    /// The text in `language`, or in another language where that one is empty.
    public subscript(language: Language) -> String {
        let wanted: String = switch language {
        case .ru: ru
        case .kk: kk
        case .en: en
        }
        return wanted.isEmpty ? [ru, kk, en].first { !$0.isEmpty } ?? "" : wanted
    }
}
