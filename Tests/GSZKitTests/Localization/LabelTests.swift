import Testing
import GSZKit

/// Labels, verdict and level names exist in every language, and a reader can tell them apart.
@Suite struct LabelTests {
    @Test(arguments: Language.allCases)
    func everyLabelHasText(in language: Language) {
        for label in Label.allCases {
            let text = label.text(in: language)
            #expect(!text.isEmpty, "\(label)")
            if language != .en { #expect(text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(label): \(text)") }
        }
    }

    @Test func kazakhNamesTheNGOAndBINItsOwnWay() {
        #expect(Label.ngo.text(in: .kk) == "ҮЕҰ")
        #expect(Label.bin.text(in: .kk) == "БСН")
        #expect(Label.ngo.text(in: .ru) == "НПО")
        #expect(Label.bin.text(in: .ru) == "БИН")
    }

    @Test(arguments: Language.allCases)
    func verdictNamesAreDistinct(in language: Language) {
        let names = Verdict.allCases.map { $0.name(in: language) }
        #expect(Set(names).count == names.count, "\(names)")
        let levels = IndicatorLevel.allCases.map { $0.name(in: language) }
        #expect(Set(levels).count == levels.count, "\(levels)")
    }

    @Test(arguments: Language.allCases)
    func labelsAreDistinct(in language: Language) {
        let texts = Label.allCases.map { $0.text(in: language) }
        #expect(Set(texts).count == texts.count, "\(texts)")
    }

    @Test func fileCountsAgreeWithTheNumber() {
        #expect(Label.files(1, in: .ru) == "1 файл")
        #expect(Label.files(3, in: .ru) == "3 файла")
        #expect(Label.files(6, in: .ru) == "6 файлов")
        #expect(Label.files(6, in: .kk) == "6 файл")
        #expect(Label.files(1, in: .en) == "1 file")
        #expect(Label.files(0, in: .en) == "0 files")
    }

    @Test func standardToolSummariesSpeakEachLanguage() {
        #expect(Label.lintSummary(of: nil, files: 10, problems: 0, in: .ru) == "встроенный стандарт: 10 файлов, замечаний: 0")
        #expect(Label.lintSummary(of: "std", files: 1, problems: 2, in: .kk) == "std: 1 файл, ескертулер: 2")
        #expect(Label.lintSummary(of: nil, files: 2, problems: 1, in: .en) == "built-in standard: 2 files, 1 problem")
        #expect(Label.exampleSummary(examples: 22, failed: 1, in: .ru) == "22 примера, не прошли: 1")
        #expect(Label.exampleSummary(examples: 129, failed: 0, in: .kk) == "129 мысал, өтпегені: 0")
        #expect(Label.exampleSummary(examples: 1, failed: 0, in: .en) == "1 example, 0 failed")
    }
}
