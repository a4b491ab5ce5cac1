import GSZYAML

/// What the YAML layer found, in Russian: the reading of bytes into a tree, apart from the
/// sentences about what a document holds.
extension YAMLError.Kind {
    var russian: String {
        // After "глубже"/"более" the noun takes the genitive: 21 уровня, 256 уровней.
        let levels = { (limit: Int) in RussianCatalogue.counted(limit, "уровня", "уровней", "уровней") }
        let values = { (limit: Int) in RussianCatalogue.counted(limit, "значения", "значений", "значений") }
        return switch self {
        case .invalidUTF8(let byte?):
            "файл не в кодировке UTF-8 (байт 0x\(String(byte, radix: 16, uppercase: true))); сохраните его в UTF-8"
        case .invalidUTF8(nil): "файл не в кодировке UTF-8; сохраните его в UTF-8"
        case .notUTF8Encoding(let encoding): "файл в кодировке \(encoding.rawValue), а не UTF-8; сохраните его в UTF-8"
        case .controlCharacter(let value): "управляющий символ \(LibyamlWording.codePoint(value)) недопустим в тексте YAML"
        case .unpairedSurrogate(let escape):
            "экранирование «\(escape)» — половина суррогатной пары UTF-16, а второй половины нет; запишите пару целиком или сам символ"
        case .syntax(let problem, let context):
            "ошибка синтаксиса YAML: \(LibyamlWording.problem(problem, .ru))"
                + (context.flatMap { LibyamlWording.context($0, .ru) }.map { " (\($0))" } ?? "")
        case .empty: "файл пуст"
        case .multipleDocuments: "в файле больше одного YAML-документа, а отчёт — это один документ"
        case .duplicateKey(let key, let first): "ключ «\(key)» повторяется (впервые — в строке \(first.line))"
        case .unsupportedTag(let tag): "тег «\(tag)» не поддерживается; уберите его: тип значения определяется полем"
        case .tagMismatch(let tag, let kind, let text):
            "\(FoundValue(kind, text).russian) не может иметь тег «\(tag)»; уберите тег: тип значения определяется полем"
        case .undefinedAlias(let name): "псевдоним «*\(name)» ссылается на якорь, который не определён выше"
        case .tooLarge(let limit): "файл больше \(limit / (1 << 20)) МиБ"
        case .tooDeep(let limit): "вложенность глубже \(levels(limit))"
        case .tooManyAliasedNodes(let limit):
            "псевдонимы разворачиваются более чем в \(values(limit))"
        case .tooManyNodes(let limit): "в файле более \(values(limit))"
        }
    }
}
