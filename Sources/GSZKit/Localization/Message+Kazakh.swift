import GSZYAML

extension Message {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        switch self {
        case .noSuchFile: return "мұндай файл немесе бума жоқ"
        case .unreadable(let reason): return "файлды оқу мүмкін емес: \(reason)"
        case .notARegularFile: return "бұл кәдімгі файл емес (арна, құрылғы немесе сокет); файлды немесе буманы көрсетіңіз"
        case .yaml(let kind): return kind.kazakh
        case .rootNotMapping: return "есеп «report» және «services» кілттері бар сөздік болуы керек"
        case .missingField(let field): return "міндетті \(q(field)) өрісі жоқ"
        case .wrongType(let field, let expected, let found):
            return "\(q(field)): \(expected.kazakh) күтіледі, ал көрсетілгені \(found.kazakh)"
        case .keyNotText: return "кілт мәтін болуы керек"
        case .unknownKey(let key, let suggestion?): return "белгісіз \(q(key)) кілті; \(q(suggestion)) болуы мүмкін бе?"
        case .unknownKey(let key, nil): return "белгісіз \(q(key)) кілті"
        case .emptyText(let field): return "\(q(field)) бос болмауы керек"
        case .negative(let field, let value): return "\(q(field)) теріс болмауы керек (көрсетілгені: \(value))"
        case .notPositive(let field, let value): return "\(q(field)) нөлден үлкен болуы керек (көрсетілгені: \(value))"
        case .numberTooLarge(let field): return "\(q(field)): сан тым үлкен"
        case .malformedDate(let field, let text): return "\(q(field)) ЖЖЖЖ-АА-КК түріндегі күн болуы керек, \(q(text)) емес"
        case .nonexistentDate(let field, let text): return "\(q(field)): \(text) күні күнтізбеде жоқ"
        case .reversedDates(let field, let from, let to):
            return "\(q(field)): басы («from», \(from)) соңынан («to», \(to)) кейін тұр"
        case .dateAndDates: return "«date» (бір күн) немесе «dates» (from, to) өрісінің біреуін ғана көрсетіңіз"
        case .missingDates: return "міндетті «dates» өрісі жоқ (бір күндік қызмет үшін «date»)"
        case .exceeds(let field, let value, let limitField, let limit):
            return "\(q(field)) (\(value)) \(q(limitField)) (\(limit)) мәнінен көп болмауы керек"
        case .unknownValue(let field, let value, let known, let suggestion):
            let hint = suggestion.map { "; \(q($0)) болуы мүмкін бе?" } ?? ""
            return "\(q(field)) өрісінің белгісіз мәні \(q(value)) (рұқсат етілгендері: \(Wording.list(known, .kk)))\(hint)"
        case .formRequired(let kind, let known):
            return "\(q(kind)) түрі үшін «form» өрісі міндетті: \(Wording.list(known, .kk)) ішінен біреуі"
        case .formNotUsed(let kind): return "\(q(kind)) түрі үшін «form» өрісі қолданылмайды және ескерілмейді"
        case .duplicateServiceID(let id, let first):
            return "\(q(id)) қызмет идентификаторы \(first.line)-жолда қолданылған"
        case .noServices: return "«services» тізімінде кемінде бір қызмет болуы керек"
        case .binLength(let bin): return "\(q(bin)) БСН дәл 12 цифрдан тұруы керек"
        case .binCheckDigit(let bin): return "\(q(bin)) БСН бақылау разрядынан өтпейді; қате терілген цифрды тексеріңіз"
        case .outsidePeriod(let field, let date, let from, let to):
            return "\(q(field)) \(date) есеп кезеңінен тыс (\(from) – \(to))"
        case .hint(let hint): return hint.kazakh
        case .standard(let problem): return problem.kazakh
        }
    }
}

extension FoundValue {
    var kazakh: String {
        switch self {
        case .scalar(let text): Wording.quote(Wording.excerpt(text), .kk)
        case .list: "тізім"
        case .mapping: "сөздік"
        }
    }
}

extension ValueKind {
    var kazakh: String {
        switch self {
        case .text: "мәтін"
        case .integer: "бүтін сан"
        case .number: "сан"
        case .date: "күн (ЖЖЖЖ-АА-КК)"
        case .dateRange: "«from» және «to» күндері бар сөздік"
        case .mapping: "сөздік"
        case .list: "тізім"
        case .countOrList: "бүтін сан немесе тізім"
        case .boolean: "true немесе false"
        }
    }
}

extension Hint {
    var kazakh: String {
        let n = { (value: Double) in Wording.number(value, .kk) }
        switch self {
        case .moreForLevel(let need, let unit, let level, let threshold):
            return "\(level.name(in: .kk)) деңгейге (\(n(threshold))) жету үшін тағы \(unit.amount(need, in: .kk)) қажет"
        case .morePositiveAnswers(let need, let respondents, let level, let threshold):
            return "\(level.name(in: .kk)) деңгейге (\(n(threshold))%) жету үшін \(respondents) респонденттен тағы \(need) оң жауап қажет"
        case .topLevelReached(let threshold, let unit):
            return "максималды деңгейге жетті (\(unit.amount(threshold, in: .kk)) және одан көп)"
        case .missingInput(let field): return "есепте \(Wording.quote(field, .kk)) жоқ: көрсеткішті бағалау үшін оны қосыңыз"
        case .noRespondents:
            return "кері байланыс сауалнамалары алынбаған (respondents: 0): қанағаттануды бағалау үшін пікір жинаңыз"
        case .requirementMet(let value, .atLeast, let threshold, let unit):
            return "\(unit.amount(value, in: .kk)): кемінде \(unit.amount(threshold, in: .kk)) талап етіледі"
        case .requirementMet(let value, .atMost, let threshold, let unit):
            return "\(unit.amount(value, in: .kk)): ең көбі \(unit.amount(threshold, in: .kk)) рұқсат етіледі"
        case .requirementFailed(let value, .atLeast, let threshold, let gap, let unit):
            return "\(unit.amount(value, in: .kk)): кемінде \(unit.amount(threshold, in: .kk)) талап етіледі, тағы \(unit.amount(gap, in: .kk)) қажет"
        case .requirementFailed(let value, .atMost, let threshold, let gap, let unit):
            return "\(unit.amount(value, in: .kk)): ең көбі \(unit.amount(threshold, in: .kk)) рұқсат етіледі, \(unit.amount(gap, in: .kk)) артық"
        }
    }
}

extension YAMLError.Kind {
    var kazakh: String {
        switch self {
        case .invalidUTF8(let byte?):
            "файл UTF-8 кодтауында емес (0x\(String(byte, radix: 16, uppercase: true)) байты); оны UTF-8 түрінде сақтаңыз"
        case .invalidUTF8(nil): "файл UTF-8 кодтауында емес; оны UTF-8 түрінде сақтаңыз"
        case .notUTF8Encoding: "файл UTF-16 немесе UTF-32 кодтауында; оны UTF-8 түрінде сақтаңыз"
        case .controlCharacter(let value): "YAML мәтінінде \(LibyamlWording.codePoint(value)) басқару таңбасына рұқсат жоқ"
        case .syntax(let problem, let context):
            "YAML синтаксис қатесі: \(LibyamlWording.problem(problem, .kk))"
                + (context.flatMap { LibyamlWording.context($0, .kk) }.map { " (\($0))" } ?? "")
        case .empty: "файл бос"
        case .multipleDocuments: "файлда бірнеше YAML құжаты бар; есеп — бір құжат"
        case .duplicateKey(let key, let first): "«\(key)» кілті қайталанады (алғаш рет \(first.line)-жолда)"
        case .unsupportedTag(let tag): "«\(tag)» тегіне қолдау жоқ; оны алып тастаңыз — түрді өріс анықтайды"
        case .undefinedAlias(let name): "«*\(name)» бүркеншік аты жоғарыда анықталмаған якорьға сілтейді"
        case .tooLarge(let limit): "файл \(limit / (1 << 20)) МиБ-тан үлкен"
        case .tooDeep(let limit): "кірістіру \(limit) деңгейден терең"
        case .tooManyAliasedNodes(let limit): "бүркеншік аттар \(limit) мәннен көпке ашылады"
        case .tooManyNodes(let limit): "файлда \(limit) мәннен көп"
        }
    }
}

extension StandardProblem {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        let n = { (value: Double) in Wording.number(value, .kk) }
        let mean = { (suggestion: String?) in suggestion.map { "; \(q($0)) болуы мүмкін бе?" } ?? "" }
        switch self {
        case .noFiles: return "бумада стандарт файлдары (*.yaml) жоқ"
        case .unknownFileRole(let found):
            return "стандарт файлы «standard», «table» немесе «examples» кілтінен басталады, \(q(found)) емес"
        case .noHeader: return "бірде-бір файл стандартты жарияламайды (қызмет түрлері мен көрсеткіштері бар «standard:»)"
        case .secondHeader(let first): return "стандарт \(first) файлында жарияланған"
        case .duplicateID(let what, let id): return "\(what) \(q(id)) екі рет жарияланған"
        case .undefinedKind(let kind, let suggestion): return "\(q(kind)) қызмет түрі жарияланбаған\(mean(suggestion))"
        case .undefinedForm(let form, let kind, let suggestion):
            return "\(q(form)) нысаны \(q(kind)) түрі үшін жарияланбаған\(mean(suggestion))"
        case .undefinedIndicator(let indicator, let suggestion):
            return "\(q(indicator)) көрсеткіші жарияланбаған\(mean(suggestion))"
        case .indicatorNotInTable(let indicator, let table):
            return "\(q(indicator)) көрсеткіші \(q(table)) кестесінің көрсеткіштерінде жоқ"
        case .formInTwoRows(let form, let firstLine): return "\(q(form)) нысанының жолы бар (\(firstLine)-жол)"
        case .missingTranslation(let field, let language):
            return "\(q(field)) өрісінде «\(language.rawValue)» тіліндегі мәтін жоқ"
        case .minimalAboveMaximal(let indicator, let minimal, let maximal):
            return "\(q(indicator)): минималды шек \(n(minimal)) максималды шектен \(n(maximal)) жоғары"
        case .overlappingLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): \(n(minimalTo)) дейінгі минималды деңгей максималды деңгейге (\(n(maximalFrom)) бастап) кіреді"
        case .gappedLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): \(n(minimalTo)) мен \(n(maximalFrom)) арасындағы мәндер ешбір деңгейге жатпайды"
        case .reversedRange(let indicator, let from, let to):
            return "\(q(indicator)): \(n(from))–\(n(to)) ауқымы соңынан жоғары басталады"
        case .checkMismatch(let indicator, let check, let expected):
            return "\(q(indicator)) \(check) ретінде тексеріледі: \(expected) көрсетіңіз"
        case .unitMismatch(let indicator, let unit, let expected):
            return "\(q(indicator)): \(q(unit)) өлшем бірлігі сәйкес емес; \(q(expected)) күтіледі"
        case .unknownComputation(let name, let known):
            return "белгісіз есептеу тәсілі \(q(name)); белгілілері: \(Wording.list(known, .kk))"
        case .unknownInput(let indicator, let input, let suggestion):
            return "\(q(indicator)) \(q(input)) өрісін оқиды, бұл қызметтің сандық өрісі емес\(mean(suggestion))"
        case .inputCount(let indicator, let computation, let expected, let given):
            return "\(q(indicator)): \(computation) есептеуі \(expected) кіріс қабылдайды, көрсетілгені \(given)"
        case .missingCell(let indicator, let table):
            return "жолда \(q(table)) кестесінің \(q(indicator)) бағанына мән жоқ; стандарт ештеңе белгілемесе, «-» жазыңыз"
        case .thresholdsInTwoTables(let form, let indicator, let firstTable):
            return "\(q(form)) нысаны үшін \(q(indicator)) шектері \(q(firstTable)) кестесінде берілген"
        case .thresholdOutOfRange(let indicator, let value, let lowest, let highest):
            let range = highest.map { "\(n(lowest)) бастап \(n($0)) дейін" } ?? "\(n(lowest)) бастап"
            return "\(q(indicator)): \(n(value)) шегі мүмкін мәндерден тыс (\(range))"
        case .exampleExpectsNothing(let example):
            return "\(q(example)) мысалы ештеңе күтпейді: «expect.verdict» немесе «expect.indicators» көрсетіңіз"
        case .exampleVerdict(let example, let expected, let actual):
            return "\(q(example)) мысалы: қорытынды \(q(actual)), \(q(expected)) күтілген"
        case .exampleLevel(let example, let indicator, let expected, let actual):
            return "\(q(example)) мысалы: \(q(indicator)) — \(q(actual)), \(q(expected)) күтілген"
        case .exampleInvalid(let example):
            return "\(q(example)) мысалында: мысалдың қызметі есептегі қызмет сияқты оқылуы керек"
        }
    }
}
