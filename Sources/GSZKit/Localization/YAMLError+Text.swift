import GSZYAML

// What the YAML layer found, in each language: the reading of bytes into a tree, apart from
// the sentences about what a document holds.

extension YAMLError.Kind {
    var english: String {
        switch self {
        case .invalidUTF8(let byte?):
            "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .invalidUTF8(nil): "not valid UTF-8; save the file as UTF-8"
        case .notUTF8Encoding(let encoding): "the file is \(encoding.rawValue), not UTF-8; save it as UTF-8"
        case .controlCharacter(let value): "control character \(LibyamlWording.codePoint(value)) is not allowed in YAML text"
        case .unpairedSurrogate(let escape):
            "the escape '\(escape)' is half of a UTF-16 surrogate pair and its other half is missing; write the whole pair or the character itself"
        case .syntax(let problem, let context?): "not valid YAML: \(problem) (\(context))"
        case .syntax(let problem, nil): "not valid YAML: \(problem)"
        case .empty: "the file is empty"
        case .multipleDocuments: "the file holds more than one YAML document; a report is one document"
        case .duplicateKey(let key, let first): "duplicate key '\(key)' (first on line \(first.line))"
        case .unsupportedTag(let tag): "unsupported tag '\(tag)'; remove it, the field decides the type"
        case .tagMismatch(let tag, let kind, let text):
            "\(FoundValue(kind, text).english) cannot carry the tag '\(tag)'; remove the tag, the field decides the type"
        case .undefinedAlias(let name): "alias '*\(name)' refers to no anchor defined before it"
        case .tooLarge(let limit): "the file is larger than \(limit / (1 << 20)) MiB"
        case .tooDeep(let limit): "nesting deeper than \(limit) levels"
        case .tooManyAliasedNodes(let limit): "aliases expand to more than \(limit) nodes"
        case .tooManyNodes(let limit): "more than \(limit) values in one file"
        }
    }
}

extension YAMLError.Kind {
    var russian: String {
        // After "глубже"/"более" the noun takes the genitive: 21 уровня, 256 уровней.
        let levels = NounForms(ru: ("уровня", "уровней", "уровней"), kk: "деңгей", en: ("level", "levels"))
        let values = NounForms(ru: ("значения", "значений", "значений"), kk: "мән", en: ("value", "values"))
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
        case .tooDeep(let limit): "вложенность глубже \(limit) \(levels.form(for: Double(limit), in: .ru))"
        case .tooManyAliasedNodes(let limit):
            "псевдонимы разворачиваются более чем в \(limit) \(values.form(for: Double(limit), in: .ru))"
        case .tooManyNodes(let limit): "в файле более \(limit) \(values.form(for: Double(limit), in: .ru))"
        }
    }
}

extension YAMLError.Kind {
    var kazakh: String {
        switch self {
        case .invalidUTF8(let byte?):
            "файл UTF-8 кодтауында емес (0x\(String(byte, radix: 16, uppercase: true)) байты); оны UTF-8 түрінде сақтаңыз"
        case .invalidUTF8(nil): "файл UTF-8 кодтауында емес; оны UTF-8 түрінде сақтаңыз"
        case .notUTF8Encoding(let encoding): "файл UTF-8 емес, \(encoding.rawValue) кодтауында; оны UTF-8 түрінде сақтаңыз"
        case .controlCharacter(let value): "YAML мәтінінде \(LibyamlWording.codePoint(value)) басқару таңбасына рұқсат жоқ"
        case .unpairedSurrogate(let escape):
            "«\(escape)» экрандауы — UTF-16 суррогат жұбының жартысы, екінші жартысы жоқ; жұпты толық немесе таңбаның өзін жазыңыз"
        case .syntax(let problem, let context):
            "YAML синтаксис қатесі: \(LibyamlWording.problem(problem, .kk))"
                + (context.flatMap { LibyamlWording.context($0, .kk) }.map { " (\($0))" } ?? "")
        case .empty: "файл бос"
        case .multipleDocuments: "файлда бірнеше YAML құжаты бар, ал есеп — бір құжат"
        case .duplicateKey(let key, let first): "«\(key)» кілті қайталанады (алғаш рет — \(first.line)-жолда)"
        case .unsupportedTag(let tag): "«\(tag)» тегіне қолдау жоқ; оны алып тастаңыз: мәннің түрін өріс анықтайды"
        case .tagMismatch(let tag, let kind, let text):
            "\(FoundValue(kind, text).kazakh) мәніне «\(tag)» тегі жарамайды; тегті алып тастаңыз: мәннің түрін өріс анықтайды"
        case .undefinedAlias(let name): "«*\(name)» бүркеншік аты жоғарыда анықталмаған якорьге сілтейді"
        case .tooLarge(let limit): "файлдың көлемі шектен асады (\(limit / (1 << 20)) МиБ)"
        case .tooDeep(let limit): "кірістіру тереңдігі шектен асады (\(limit) деңгей)"
        case .tooManyAliasedNodes(let limit): "бүркеншік аттар тым көп мәнге ашылады (шегі — \(limit) мән)"
        case .tooManyNodes(let limit): "файлдағы мәндер саны шектен асады (\(limit) мән)"
        }
    }
}
