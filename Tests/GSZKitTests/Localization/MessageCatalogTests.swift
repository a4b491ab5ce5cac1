import Foundation
import GSZYAML
import Testing
@testable import GSZKit

/// Every sentence exists in Russian, Kazakh and English, says the same numbers and values
/// in each, and the Russian and Kazakh ones are not English left untranslated.
@Suite struct MessageCatalogTests {
    // MARK: The examples cover every case

    @Test func everyMessageCaseHasAnExample() {
        expectCovered(Examples.messages.map(\.caseKey), MessageCase.allCases)
        for message in Examples.messages { #expect(caseLabel(message) == message.caseKey.rawValue) }
    }

    @Test func everyHintCaseHasAnExample() {
        expectCovered(Examples.hints.map(\.caseKey), HintCase.allCases)
        for hint in Examples.hints { #expect(caseLabel(hint) == hint.caseKey.rawValue) }
    }

    @Test func everyYAMLErrorCaseHasAnExample() {
        expectCovered(Examples.yamlKinds.map(\.caseKey), YAMLKindCase.allCases)
        for kind in Examples.yamlKinds { #expect(caseLabel(kind) == kind.caseKey.rawValue) }
    }

    @Test func everyStandardProblemCaseHasAnExample() {
        expectCovered(Examples.standardProblems.map(\.caseKey), StandardProblemCase.allCases)
        for problem in Examples.standardProblems { #expect(caseLabel(problem) == problem.caseKey.rawValue) }
    }

    @Test func everyPayloadCaseHasAnExample() {
        expectCovered(Examples.systemReasons.map(\.caseKey), SystemReasonCase.allCases)
        var found: [FoundValue] = []
        var kinds: [ValueKind] = []
        var units: [MeasureUnit] = []
        for message in Examples.messages {
            switch message {
            case .wrongType(_, let expected, let value):
                found.append(value)
                kinds.append(expected)
            case .hint(.moreForLevel(_, let unit, _, _)): units.append(unit)
            default: break
            }
        }
        expectCovered(found.map(\.caseKey), FoundValueCase.allCases)
        expectCovered(kinds, ValueKind.allCases)
        expectCovered(units, MeasureUnit.allCases)
    }

    private func expectCovered<Case: Hashable>(_ seen: [Case], _ all: [Case], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let missing = Set(all).subtracting(seen)
        #expect(missing.isEmpty, "no example for \(missing.map { "\($0)" }.sorted())", sourceLocation: sourceLocation)
    }

    // MARK: Every language says every sentence

    @Test(arguments: Language.allCases)
    func everyMessageHasText(in language: Language) {
        for message in Examples.messages {
            let text = message.text(in: language)
            #expect(!text.isEmpty, "\(message) has no \(language) text")
            #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(language): '\(text)'")
            #expect(!text.contains("\n"), "\(language): a message is one line: '\(text)'")
        }
    }

    @Test(arguments: [Language.ru, .kk])
    func russianAndKazakhAreNotEnglish(_ language: Language) {
        for message in Examples.messages {
            let text = message.text(in: language)
            #expect(text.unicodeScalars.contains(where: Self.isCyrillic), "\(language) has no Cyrillic: '\(text)'")
            let english = Self.latinWords(outsideQuotes: text).filter { !Self.technicalWords.contains($0) }
            #expect(english.isEmpty, "\(language) keeps English words \(english): '\(text)'")
        }
    }

    @Test func englishIsNotCyrillicOutsideQuotedValues() {
        for message in Examples.messages {
            let bare = Self.removingQuoted(message.text(in: .en))
            #expect(!bare.unicodeScalars.contains(where: Self.isCyrillic), "'\(message.text(in: .en))'")
        }
    }

    @Test func kazakhIsNotACopyOfRussian() {
        for message in Examples.messages {
            #expect(message.text(in: .kk) != message.text(in: .ru), "\(message)")
        }
    }

    @Test func everyLanguageGivesTheSameNumbers() {
        for message in Examples.messages {
            let english = Self.numbers(in: message.text(in: .en))
            for language in [Language.ru, .kk] {
                #expect(Self.numbers(in: message.text(in: language)) == english,
                        "\(language): '\(message.text(in: language))' vs '\(message.text(in: .en))'")
            }
        }
    }

    @Test func valuesQuotedInEnglishAreQuotedInEveryLanguage() {
        for message in Examples.messages {
            let english = Self.quoted(in: message.text(in: .en), open: "'", close: "'")
            for language in [Language.ru, .kk] {
                let text = message.text(in: language)
                let missing = english.subtracting(Self.quoted(in: text, open: "«", close: "»"))
                #expect(missing.isEmpty, "\(language) drops \(missing.sorted()): '\(text)'")
            }
        }
    }

    @Test func libyamlWordsInKazakhAreNotRussian() {
        for problem in LibyamlProblem.allCases {
            #expect(Language.ru.catalogue.libyamlProblem(problem) != Language.kk.catalogue.libyamlProblem(problem), "\(problem)")
        }
        for context in LibyamlContext.allCases {
            #expect(Language.ru.catalogue.libyamlContext(context) != Language.kk.catalogue.libyamlContext(context), "\(context)")
        }
    }

    // MARK: Helpers

    /// Words a Russian or Kazakh sentence may keep in Latin letters: names of formats and
    /// the few YAML words a user types as they are.
    static let technicalWords: Set<String> = ["YAML", "UTF", "true", "false", "from", "to", "respondents", "escape", "EIO",
                                              "Excel", "LibreOffice", "OpenDocument", "ods", "XML", "gsz", "zip", "xlsx", "xls"]

    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x04FF).contains(scalar.value)
    }

    /// The text without its «quoted» and 'quoted' values, hex codes, file extensions and
    /// command-line options.
    static func removingQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "«[^»]*»", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "'[^']*'", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "(0x|U\\+)[0-9A-F]+", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\*?\\.[a-z]+", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "--[a-z][a-z-]*", with: " ", options: .regularExpression)
    }

    static func latinWords(outsideQuotes text: String) -> [String] {
        removingQuoted(text).components(separatedBy: CharacterSet.letters.inverted)
            .filter { word in !word.isEmpty && word.unicodeScalars.allSatisfy { $0.isASCII } }
    }

    /// The numbers in `text`, decimal commas read as points, in order of size.
    static func numbers(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "[0-9]+([.,][0-9]+)?")  // a literal pattern
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { match in
            String(text[Range(match.range, in: text)!]).replacingOccurrences(of: ",", with: ".")  // a match lies in the text
        }.sorted()
    }

    static func quoted(in text: String, open: Character, close: Character) -> Set<String> {
        var values: Set<String> = []
        var current: String?
        for character in text {
            if var value = current {
                if character == close {
                    values.insert(value)
                    current = nil
                } else {
                    value.append(character)
                    current = value
                }
            } else if character == open {
                current = ""
            }
        }
        return values
    }
}
