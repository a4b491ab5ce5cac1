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

/// Russian nouns agree with the number before them; Kazakh keeps the singular; English has two forms.
@Suite struct NounFormsTests {
    static let people = MeasureUnit.people.nouns

    @Test(arguments: [
        (1.0, "участник"), (2, "участника"), (4, "участника"), (5, "участников"), (11, "участников"),
        (12, "участников"), (14, "участников"), (21, "участник"), (22, "участника"), (25, "участников"),
        (101, "участник"), (111, "участников"), (0, "участников"), (1.5, "участника"),
    ])
    func russian(count: Double, form: String) {
        #expect(Self.people.form(for: count, in: .ru) == form)
    }

    @Test func kazakhKeepsTheSingularAfterNumbers() {
        for count in [1.0, 2, 5, 21, 0.5] { #expect(Self.people.form(for: count, in: .kk) == "қатысушы") }
    }

    @Test func english() {
        #expect(Self.people.form(for: 1, in: .en) == "participant")
        for count in [0.0, 2, 21, 0.5, 1.5] { #expect(Self.people.form(for: count, in: .en) == "participants") }
    }

    @Test func amountsUseTheDecimalCommaInRussianAndKazakh() {
        #expect(MeasureUnit.years.amount(0.5, in: .ru) == "0,5 года")
        #expect(MeasureUnit.years.amount(0.5, in: .kk) == "0,5 жыл")
        #expect(MeasureUnit.years.amount(0.5, in: .en) == "0.5 years")
        #expect(MeasureUnit.percent.amount(88.2353, in: .ru) == "88,24%")
    }
}
