import GSZYAML
import Testing
import GSZKit

/// Sentences a reviewer read word by word: the grammar that plural and case rules produce.
@Suite struct WordingTests {
    @Test(arguments: [
        (Hint.requirementFailed(value: 0.5, bound: .atLeast, threshold: 1, gap: 0.5, unit: .years),
         "0,5 года: требуется минимум 1 год, не хватает 0,5 года",
         "0,5 жыл: кемінде 1 жыл талап етіледі, тағы 0,5 жыл жетпейді"),
        (.requirementFailed(value: 5, bound: .atMost, threshold: 4, gap: 1, unit: .days),
         "5 дней: допускается максимум 4 дня, превышение на 1 день",
         "5 күн: ең көбі 4 күн рұқсат етіледі, 1 күн артық"),
        (.requirementMet(value: 12, bound: .atLeast, threshold: 2, unit: .hours),
         "12 часов: требуется минимум 2 часа",
         "12 сағат: кемінде 2 сағат талап етіледі"),
        (.moreForLevel(need: 3, unit: .people, level: .minimal, threshold: 12),
         "ещё 3 участника до минимального уровня (12)",
         "минималды деңгейге (12) жету үшін тағы 3 қатысушы қажет"),
        (.moreForLevel(need: 1, unit: .stories, level: .maximal, threshold: 7),
         "ещё 1 история успеха до максимального уровня (7)",
         "максималды деңгейге (7) жету үшін тағы 1 табыс тарихы қажет"),
        (.morePositiveAnswers(need: 1, respondents: 15, level: .minimal, threshold: 50),
         "ещё 1 положительный ответ из 15 до минимального уровня (50%)",
         "минималды деңгейге (50%) жету үшін 15 респонденттің тағы 1 оң жауабы қажет"),
        (.morePositiveAnswers(need: 9, respondents: 40, level: .maximal, threshold: 85),
         "ещё 9 положительных ответов из 40 до максимального уровня (85%)",
         "максималды деңгейге (85%) жету үшін 40 респонденттің тағы 9 оң жауабы қажет"),
        (.topLevelReached(threshold: 35, unit: .people),
         "достигнут максимальный уровень (35 участников и более)",
         "максималды деңгейге жетті (35 қатысушы және одан жоғары)"),
    ])
    func hints(hint: Hint, russian: String, kazakh: String) {
        #expect(hint.text(in: .ru) == russian)
        #expect(hint.text(in: .kk) == kazakh)
    }

    @Test func russianAgreesAfterComparatives() {
        #expect(Message.yaml(.tooDeep(limit: 21)).text(in: .ru) == "вложенность глубже 21 уровня")
        #expect(Message.yaml(.tooDeep(limit: 256)).text(in: .ru) == "вложенность глубже 256 уровней")
    }

    @Test func duplicatesNameWhatIsDuplicatedWithItsGender() {
        #expect(Message.standard(.duplicateID(what: .form, id: "seminar")).text(in: .ru) == "форма «seminar» объявлена дважды")
        #expect(Message.standard(.duplicateID(what: .kind, id: "training")).text(in: .ru) == "вид услуг «training» объявлен дважды")
        #expect(Message.standard(.duplicateID(what: .table, id: "t")).text(in: .kk) == "«t» кестесі екі рет жарияланған")
    }

    @Test func kazakhNamesTheBINAsBSN() {
        #expect(Message.binLength(bin: "123").text(in: .kk).contains("БСН"))
        #expect(Message.binCheckDigit(bin: "180540012344").text(in: .kk).contains("БСН"))
        #expect(Message.binLength(bin: "123").text(in: .ru).contains("БИН"))
    }
}
