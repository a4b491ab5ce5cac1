/// libyaml's problems and where it found them, in Russian.
extension RussianCatalogue {
    func libyamlProblem(_ problem: LibyamlProblem) -> String {
        switch problem {
        case .valueNotAllowed: "здесь не может начинаться значение (лишнее «:» или неверный отступ?)"
        case .expectedKey: "не найден ожидаемый ключ (проверьте отступы)"
        case .expectedColon: "не найдено ожидаемое «:»"
        case .cannotStartToken: "символ, с которого не может начинаться значение (табуляция или «@», «`»?)"
        case .expectedNodeContent: "не найдено ожидаемое значение"
        case .unexpectedEnd: "файл неожиданно закончился (незакрытая кавычка или скобка?)"
        case .expectedCommaOrBracket: "не найдено ожидаемое «,» или «]»"
        case .expectedCommaOrBrace: "не найдено ожидаемое «,» или «}»"
        case .tabInIndentation: "табуляция в отступе; используйте пробелы"
        case .sequenceEntryNotAllowed: "здесь не может начинаться элемент списка «-»"
        case .unknownEscape: "неизвестная escape-последовательность после «\\»"
        case .expectedDocumentStart: "ожидалось начало документа"
        case .undefinedTagHandle: "неизвестный префикс тега"
        case .expectedName: "после «&» или «*» ожидалось имя из букв или цифр"
        case .expectedTagEnd: "не найдена закрывающая «>» тега"
        case .expectedDash: "не найден ожидаемый элемент списка «-»"
        case .duplicateYAMLDirective: "директива %YAML повторяется"
        case .incompatibleVersion: "несовместимая версия YAML"
        }
    }

    func libyamlContext(_ context: LibyamlContext) -> String {
        switch context {
        case .scanningQuotedScalar: "в строке в кавычках"
        case .flowSequence: "в списке в квадратных скобках"
        case .flowMapping: "в словаре в фигурных скобках"
        case .blockMapping: "в блоке ключей"
        case .blockCollection: "в блоке списка"
        case .simpleKey: "в ключе"
        case .plainScalar: "в значении"
        case .anchor: "в якоре"
        case .alias: "в псевдониме"
        case .tag: "в теге"
        case .node: "в значении"
        case .flowNode: "в значении в скобках"
        case .parsingQuotedScalar: "в строке в кавычках"
        case .nextToken: "между значениями"
        }
    }
}
