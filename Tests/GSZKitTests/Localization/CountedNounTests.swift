import Testing
@testable import GSZKit

/// Russian nouns agree with the number before them; Kazakh keeps the singular; English has two
/// forms. Each is its catalogue's rule.
@Suite struct CountedNounTests {
    @Test(arguments: [
        (1.0, "участник"), (2, "участника"), (4, "участника"), (5, "участников"), (11, "участников"),
        (12, "участников"), (14, "участников"), (21, "участник"), (22, "участника"), (25, "участников"),
        (101, "участник"), (111, "участников"), (0, "участников"), (1.5, "участника"),
    ])
    func russian(count: Double, form: String) {
        #expect(CountedNoun.participant.form(after: count, in: .ru) == form)
    }

    @Test func kazakhKeepsTheSingularAfterNumbers() {
        for count in [1.0, 2, 5, 21, 0.5] { #expect(CountedNoun.participant.form(after: count, in: .kk) == "қатысушы") }
    }

    @Test func english() {
        #expect(CountedNoun.participant.form(after: 1, in: .en) == "participant")
        for count in [0.0, 2, 21, 0.5, 1.5] { #expect(CountedNoun.participant.form(after: count, in: .en) == "participants") }
    }

    @Test func aCountComesBeforeItsNoun() {
        #expect(CountedNoun.workingDay.counted(3, in: .ru) == "3 рабочих дня")
        #expect(CountedNoun.workingDay.counted(3, in: .kk) == "3 жұмыс күні")
        #expect(CountedNoun.dayOff.counted(1, in: .en) == "1 day off")
    }

    @Test func amountsUseTheDecimalCommaInRussianAndKazakh() {
        #expect(MeasureUnit.years.amount(0.5, in: .ru) == "0,5 года")
        #expect(MeasureUnit.years.amount(0.5, in: .kk) == "0,5 жыл")
        #expect(MeasureUnit.years.amount(0.5, in: .en) == "0.5 years")
        #expect(MeasureUnit.percent.amount(88.2353, in: .ru) == "88,24%")
    }
}
