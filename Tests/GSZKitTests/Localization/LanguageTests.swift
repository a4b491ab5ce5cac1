import Testing
import GSZKit

/// The language comes from `--lang`, else from the locale the way POSIX programs read it.
@Suite struct LanguageTests {
    @Test("the first of LC_ALL, LC_MESSAGES, LANG that is set decides", arguments: [
        (["LANG": "kk_KZ.UTF-8"], Language.kk),
        (["LANG": "en_US"], .en),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "ru_RU.UTF-8"], .ru),
        (["LANG": "C"], .ru),
        (["LANG": "C.UTF-8"], .ru),
        (["LANG": "POSIX"], .ru),
        (["LANG": "de_DE.UTF-8"], .ru),
        ([:], .ru),
        (["LC_ALL": "en_US.UTF-8", "LANG": "kk_KZ.UTF-8"], .en),
        (["LC_ALL": "kk_KZ", "LC_MESSAGES": "en_US", "LANG": "ru_RU"], .kk),
        (["LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "en_US"], .kk),
        (["LC_ALL": "", "LANG": "en_US"], .en),  // set but empty counts as unset
        (["LC_ALL": "C", "LANG": "kk_KZ.UTF-8"], .ru),  // C asks for no translation: the default
    ] as [([String: String], Language)])
    func fromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(environment) == expected)
    }

    @Test("locale names", arguments: [
        ("kk", Language.kk), ("kk_KZ", .kk), ("ru", .ru), ("en", .en), ("EN_us", .en),
    ])
    func locale(name: String, expected: Language) {
        #expect(Language(locale: name) == expected)
    }

    @Test func unknownLocalesAreNotLanguages() {
        for name in ["C", "POSIX", "", "de_DE", "english", "_kk"] { #expect(Language(locale: name) == nil, "\(name)") }
    }
}
