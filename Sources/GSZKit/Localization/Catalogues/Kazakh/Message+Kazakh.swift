import GSZYAML

// Kazakh attaches case endings to the word before them, and an ending after a bare number
// depends on how the number is read aloud (5-ке, 6-ға). Sentences here put numbers in
// parentheses or before a noun that carries the ending, so no ending has to follow a digit.

extension Message {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        switch self {
        case .noSuchFile: return "мұндай файл немесе бума жоқ"
        case .unreadable(let reason): return "файлды оқу мүмкін емес: \(reason.kazakh)"
        case .notARegularFile: return "бұл кәдімгі файл емес (арна, құрылғы немесе сокет); файлды немесе буманы көрсетіңіз"
        case .yaml(let kind): return kind.kazakh
        case .workbook(let problem): return problem.text(in: .kk)
        case .unknownDocument(let found, let known):
            let keys = found.isEmpty ? "" : " (ол \(Wording.list(found, .kk)) деп басталады)"
            return "файл МӘТ құжаттарының ешқайсысына ұқсамайды\(keys): жоғарғы деңгейде \(Wording.list(known, .kk)) кілттерінің бірі болуы керек"
        case .twoDocuments(let first, let second):
            return "бір файл — бір құжат: \(q(first)) және \(q(second)) қатар тұра алмайды; оларды екі файлға бөліңіз"
        case .rootNotMapping: return "есептің жоғарғы деңгейі «report» және «services» өрістерінен тұруы керек"
        case .missingField(let field): return "міндетті \(q(field)) өрісі жоқ"
        case .wrongType("", let expected, let found):  // the document itself has no field name
            return "файлдың жоғарғы деңгейі: \(expected.kazakh) күтіледі, ал көрсетілгені — \(found.kazakh)"
        case .wrongType(let field, let expected, let found):
            return "\(q(field)) өрісі: \(expected.kazakh) күтіледі, ал көрсетілгені — \(found.kazakh)"
        case .tagNotForField(let field, let tag, let expected):
            return "\(q(field)) өрісі: \(expected.kazakh) күтіледі, ал \(q(tag)) тегі басқаны көрсетеді; тегті алып тастаңыз"
        case .keyNotText: return "кілт мәтін болуы керек"
        case .unknownKey(let key, let suggestion?): return "белгісіз \(q(key)) кілті; \(q(suggestion)) деп жазғыңыз келді ме?"
        case .unknownKey(let key, nil): return "белгісіз \(q(key)) кілті"
        case .emptyText(let field): return "\(q(field)) өрісі бос болмауы керек"
        case .negative(let field, let value): return "\(q(field)) өрісінің мәні теріс болмауы керек (көрсетілгені: \(value))"
        case .notPositive(let field, let value): return "\(q(field)) өрісінің мәні нөлден үлкен болуы керек (көрсетілгені: \(value))"
        case .numberTooLarge(let field): return "\(q(field)) өрісіндегі сан тым үлкен"
        case .malformedDate(let field, let text):
            return "\(q(field)) өрісінде ЖЖЖЖ-АА-КК түріндегі күн болуы керек, ал көрсетілгені — \(q(text))"
        case .nonexistentDate(let field, let text): return "\(q(field)) өрісі: \(text) күні күнтізбеде жоқ"
        case .reversedDates(let field, let from, let to):
            return "\(q(field)) өрісі: басталу күні («from», \(from)) аяқталу күнінен («to», \(to)) кейін тұр"
        case .dateAndDates: return "«date» (бір күн) немесе «dates» (from, to) өрісінің біреуін ғана көрсетіңіз"
        case .missingDates: return "міндетті «dates» өрісі жоқ (бір күндік қызмет үшін — «date»)"
        case .exceeds(let field, let value, let limitField, let limit):
            return "\(q(field)) мәні (\(value)) \(q(limitField)) мәнінен (\(limit)) көп болмауы керек"
        case .unknownValue(let field, let value, let known, let suggestion):
            let hint = suggestion.map { "; \(q($0)) деп жазғыңыз келді ме?" } ?? ""
            return "\(q(field)) өрісінің мәні белгісіз: \(q(value)) (рұқсат етілген мәндер: \(Wording.list(known, .kk)))\(hint)"
        case .formRequired(let kind, let known):
            return "\(q(kind)) қызмет түрі үшін «form» өрісі міндетті: \(Wording.list(known, .kk)) мәндерінің бірі"
        case .kindWithoutForms(let kind, let form):
            return "\(q(kind)) қызмет түрінің нысандары жоқ, сондықтан \(q(form)) нысанын көрсетуге болмайды: нысанды көрсетпеңіз"
        case .fieldNotForKind(let field, let kind, let kinds):
            return "\(q(field)) өрісі \(q(kind)) қызмет түріне жатпайды (тек \(Wording.list(kinds, .kk))) және есепке алынбайды"
        case .formNotUsed(let kind): return "\(q(kind)) қызмет түрі үшін «form» өрісі қолданылмайды және ескерілмейді"
        case .duplicateServiceID(let id, let first):
            return "\(q(id)) қызмет идентификаторы бұрын да қолданылған ("
                + (first.sheet == nil ? "\(first.line)-жол)" : "\(first) ұяшығы)")
        case .noServices: return "«services» тізімінде кемінде бір қызмет болуы керек"
        case .binLength(let bin): return "\(q(bin)) БСН дәл 12 цифрдан тұруы керек"
        case .binCheckDigit(let bin): return "\(q(bin)) БСН-ның бақылау разряды сәйкес келмейді; қате терілген цифр жоқ па, тексеріңіз"
        case .outsidePeriod(let field, let date, let from, let to):
            return "\(q(field)) күні (\(date)) есеп кезеңінен тыс (\(from) – \(to))"
        case .calendarNotCovered(let field, let year):
            return "\(q(field)): жұмыс күндерін санау үшін \(year) жылдың күнтізбесі керек, ал ол стандартта жоқ"
        case .provisionalCalendar(let field, let year):
            return "\(q(field)): \(year) жылдың жұмыс күндері алдын ала күнтізбе бойынша саналды; мереке күндері мен ауыстырулар өзгеруі мүмкін"
        case .duplicateItem(let field, let id, let first): return "\(q(field)): \(q(id)) \(first.line)-жолда қолданылған"
        case .tooManyQuarters(let limit):
            return "«as_of» күніне дейінгі жоба мерзімдерінде тексерілетін тоқсан саны \(limit)-ден асады; журналды бөліңіз"
        case .emptyList(let field): return "\(q(field)) тізімінде кемінде бір элемент болуы керек"
        case .visitOutsidePeriod(let project, let date, let from, let to):
            return "\(date) сапары \(q(project)) жобасының мерзімінен тыс (\(from) – \(to)); ол есептелмейді"
        case .rulesMissing(let document, let key):
            return "стандартта \(q(document)) құжаттарының мерзімдері жоқ (\(q(key)) кілтінен басталатын файл)"
        case .hint(let hint): return hint.kazakh
        case .throughAlias(let written, let anchor):
            return "бұл бүркеншік ат арқылы қайталанған: \(written)-жолда, \(anchor)-жолдағы якорь астында жазылған"
        case .competition(let problem): return problem.text(in: .kk)
        case .standard(let problem): return problem.kazakh
        case .noReportsFound(let paths, let extensions):
            return "\(Wording.list(paths, .kk)) ішінен бірде-бір есеп табылмады (\(extensions.joined(separator: ", ")) файлдары ізделеді)"
        case .spreadsheetsPassedOver(let paths, let more):
            let others = more > 0 ? " және тағы \(more)" : ""
            return "кестелер өткізіліп жіберілді, gsz оларды оқымайды: \(Wording.list(paths, .kk))\(others); тексеру үшін әрқайсысын Excel кітабы (.xlsx) ретінде сақтаңыз"
        case .standardUnusable(let path?): return "\(q(path)) ішіндегі стандартты қолдану мүмкін емес: жоғарыдағы қателерді қараңыз"
        case .standardUnusable(nil): return "кіріктірілген стандартты қолдану мүмкін емес: жоғарыдағы қателерді қараңыз"
        case .cannotWrite(let destination?, let reason): return "\(q(destination)) файлына жазу мүмкін емес: \(reason.kazakh)"
        case .binaryToTerminal(let format):
            return "\(q(format)) — екілік пішім: оны терминалға емес, файлға (\(q("-o results.\(format)")), \(q("--output \(format)=results.\(format)"))) не арнаға жазыңыз"
        case .cannotWrite(nil, let reason): return "стандартты шығысқа жазу мүмкін емес: \(reason.kazakh)"
        case .outputExists(let path): return "\(q(path)) файлы бар; оны ауыстыру үшін --force қосыңыз"
        case .outputIsInput(let destination?, let input): return "\(q(destination)) файлына жазылмайды: бұл тексерілетін \(q(input)) есебі"
        case .outputIsInput(nil, let input): return "стандартты шығысқа жазылмайды: бұл тексерілетін \(q(input)) есебі"
        case .outputTwice(let destination?): return "екі шығыс \(q(destination)) файлына бағытталған; әр шығысқа жеке файл көрсетіңіз"
        case .moreNotShown(let count, let severity):
            return "және тағы \(count) \(severity == .error ? "қате" : "ескерту") көрсетілмеді"
        case .outputTwice(nil): return "екі шығыс стандартты шығысқа бағытталған; біреуінен басқа әр шығысқа жеке файл көрсетіңіз"
        case .serverMissing(let searched):
            return "\(q("gsz-server")) \(Wording.list(searched, .kk)) қалталарының ешқайсысында жоқ; оны "
                + "\(q("swift build -c release --package-path Server")) командасымен жинап, \(q("Server/.build/release/gsz-server")) файлын \(q("gsz")) жанына немесе \(q("PATH")) ішіндегі қалтаға көшіріңіз"
        }
    }
}

extension FoundValue {
    var kazakh: String {
        switch self {
        case .scalar(let text): Wording.quote(Wording.excerpt(text), .kk)
        case .list: "тізім"
        case .mapping: "өрістер жиыны"
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
        case .dateRange: "«from» және «to» күндері бар кезең"
        case .mapping: "өрістер жиыны"
        case .list: "тізім"
        case .countOrList: "бүтін сан немесе тізім"
        case .boolean: "true немесе false"
        }
    }
}

extension Hint {
    var kazakh: String {
        let exact = { (threshold: Double) in NumberText.exact(threshold, in: .kk) }
        switch self {
        case .moreForLevel(let need, let unit, let level, let threshold):
            return "\(level.name(in: .kk)) деңгейге (\(exact(threshold))) жету үшін тағы \(unit.amount(need, within: .above(0), in: .kk)) қажет"
        case .morePositiveAnswers(let need, let respondents, let level, let threshold):
            return "\(level.name(in: .kk)) деңгейге (\(exact(threshold))%) жету үшін \(respondents) респонденттің тағы \(need) оң жауабы қажет"
        case .topLevelReached(let threshold, let unit):
            return "максималды деңгейге жетті (\(unit.amount(threshold, within: .exactly(threshold), in: .kk)) және одан жоғары)"
        case .missingInput(let field): return "есепте \(Wording.quote(field, .kk)) өрісі жоқ: көрсеткішті бағалау үшін оны қосыңыз"
        case .noRespondents:
            return "кері байланыс сауалнамалары алынбаған (respondents: 0): қанағаттануды бағалау үшін пікір жинаңыз"
        case .requirementMet(let value, .atLeast, let threshold, let unit):
            let shown = ShownRequirement(value, .atLeast, threshold, unit, in: .kk)
            return "\(shown.value): кемінде \(shown.threshold) талап етіледі"
        case .requirementMet(let value, .atMost, let threshold, let unit):
            let shown = ShownRequirement(value, .atMost, threshold, unit, in: .kk)
            return "\(shown.value): ең көбі \(shown.threshold) рұқсат етіледі"
        case .requirementFailed(let value, .atLeast, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atLeast, threshold, gap: gap, unit, in: .kk)
            return "\(shown.value): кемінде \(shown.threshold) талап етіледі, тағы \(shown.gap) жетпейді"
        case .requirementFailed(let value, .atMost, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atMost, threshold, gap: gap, unit, in: .kk)
            return "\(shown.value): ең көбі \(shown.threshold) рұқсат етіледі, \(shown.gap) артық"
        }
    }
}

extension StandardProblem {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        let n = { (value: Double) in Wording.number(value, .kk) }
        let mean = { (suggestion: String?) in suggestion.map { "; \(q($0)) деп жазғыңыз келді ме?" } ?? "" }
        switch self {
        case .noFiles: return "бумада стандарт файлдары (*.yaml) жоқ"
        case .unknownFileRole(let found):
            return "стандарт файлы «standard», «table» немесе «examples» кілтінен басталады, ал мұнда — \(q(found))"
        case .noHeader: return "бірде-бір файл стандартты жарияламайды (қызмет түрлері мен көрсеткіштері бар «standard:»)"
        case .secondHeader(let first): return "стандарт \(q(first)) файлында жарияланып қойған"
        case .duplicateID(.kind, let id): return "\(q(id)) қызмет түрі екі рет жарияланған"
        case .duplicateID(.form, let id): return "\(q(id)) нысаны екі рет жарияланған"
        case .duplicateID(.field, let id): return "\(q(id)) қызмет өрісі екі рет жарияланған"
        case .duplicateID(.indicator, let id): return "\(q(id)) көрсеткіші екі рет жарияланған"
        case .duplicateID(.table, let id): return "\(q(id)) кестесі екі рет жарияланған"
        case .duplicateID(.year, let id): return "\(q(id)) жылдың күнтізбесі екі рет жарияланған"
        case .duplicateID(.rules, let id): return "\(q(id)) ережелері екі рет жарияланған"
        case .undefinedKind(let kind, let suggestion): return "\(q(kind)) қызмет түрі жарияланбаған\(mean(suggestion))"
        case .undefinedForm(let form, let kind, let suggestion):
            return "\(q(form)) нысаны \(q(kind)) қызмет түрі үшін жарияланбаған\(mean(suggestion))"
        case .undefinedIndicator(let indicator, let suggestion):
            return "\(q(indicator)) көрсеткіші жарияланбаған\(mean(suggestion))"
        case .indicatorNotInTable(let indicator, let table):
            return "\(q(indicator)) көрсеткіші \(q(table)) кестесінің көрсеткіштері арасында жоқ"
        case .formInTwoRows(let form, let firstLine): return "\(q(form)) нысанының кестеде жолы бұрыннан бар (\(firstLine)-жол)"
        case .kindInTwoRows(let kind, let firstLine):
            return "\(q(kind)) түрінің нысандары жоқ, оның кестесі бүкіл түрге бір жол береді; ол бұрыннан бар (\(firstLine)-жол)"
        case .rowWithoutForms(let kind, let known):
            return "жол \(q(kind)) түрінің бірде-бір нысанын атамайды, сондықтан ешқашан қолданылмайды: «forms» ішінде нысанды көрсетіңіз — \(Wording.list(known, .kk))"
        case .missingTranslation(let field, let language):
            return "\(q(field)) өрісінде \(language.kazakhAttributive) мәтін жоқ"
        case .minimalAboveMaximal(let indicator, let minimal, let maximal):
            return "\(q(indicator)): минималды шек (\(n(minimal))) максималды шектен (\(n(maximal))) жоғары"
        case .overlappingLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): минималды деңгейдің соңы (\(n(minimalTo))) максималды деңгейдің басынан (\(n(maximalFrom))) асып кетеді"
        case .gappedLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): минималды деңгейдің соңы (\(n(minimalTo))) мен максималды деңгейдің басы (\(n(maximalFrom))) арасындағы мәндер ешбір деңгейге жатпайды"
        case .reversedRange(let indicator, let from, let to):
            return "\(q(indicator)): \(n(from))–\(n(to)) аралығының басы соңынан жоғары"
        case .checkMismatch(let indicator, let check, let expected):
            return "\(q(indicator)) көрсеткіші \(q(check)) тәсілімен тексеріледі: \(q(expected)) көрсетіңіз"
        case .unitMismatch(let indicator, let unit, let expected):
            return "\(q(indicator)): \(q(unit)) өлшем бірлігі сәйкес емес, \(q(expected)) күтіледі"
        case .unknownComputation(let name, let known):
            return "белгісіз есептеу тәсілі \(q(name)); белгілілері: \(Wording.list(known, .kk))"
        case .unknownInput(let indicator, let input, let suggestion):
            return "\(q(indicator)) көрсеткіші \(q(input)) өрісін оқиды, бірақ бұл қызметтің сандық өрісі емес\(mean(suggestion))"
        case .unknownCheckField(let field, let suggestion):
            return "тексеру \(q(field)) өрісін салыстырады, бірақ бұл қызметтің бүтін сан өрісі емес\(mean(suggestion))"
        case .inputCount(let indicator, let computation, let expected, let given):
            return "\(q(indicator)): \(q(computation)) есептеуіне \(expected) өріс керек, ал көрсетілгені — \(given)"
        case .missingCell(let indicator, let table):
            return "жолда \(q(table)) кестесінің \(q(indicator)) бағанына мән жоқ; стандарт ештеңе белгілемесе, «-» жазыңыз"
        case .thresholdsInTwoTables(let form, let indicator, let firstTable):
            return "\(q(form)) нысаны үшін \(q(indicator)) шектері \(q(firstTable)) кестесінде бұрыннан берілген"
        case .thresholdOutOfRange(let indicator, let value, let lowest, let highest):
            let range = "ең азы — \(n(lowest))" + (highest.map { ", ең көбі — \(n($0))" } ?? "")
            return "\(q(indicator)): шек (\(n(value))) мүмкін мәндерден тыс (\(range))"
        case .exampleExpectsNothing(let example):
            return "\(q(example)) мысалы ештеңе күтпейді: «expect.verdict» немесе «expect.indicators» көрсетіңіз"
        case .exampleVerdict(let example, let expected, let actual):
            return "\(q(example)) мысалы: қорытынды \(q(actual)), ал \(q(expected)) күтілген"
        case .exampleLevel(let example, let indicator, let expected, let actual):
            return "\(q(example)) мысалы: \(q(indicator)) — \(q(actual)), ал \(q(expected)) күтілген"
        case .exampleInvalid(let example):
            return "\(q(example)) мысалында: мысалдың қызметі есептегі қызмет сияқты оқылуы керек"
        case .dateOutsideYear(let field, let date, let year): return "\(q(field)): \(date) файлда жарияланған \(year) жылға жатпайды"
        case .transferDay(let field, let date, true): return "\(q(field)): \(date) — сенбі де, жексенбі де емес"
        case .transferDay(let field, let date, false): return "\(q(field)): \(date) — сенбі не жексенбі, жұмыс күні емес"
        case .calendarExample(let example, let expected, let actual):
            return "\(q(example)) мысалы: күнтізбе \(q(actual)) береді, күтілгені \(q(expected))"
        }
    }
}

extension Language {
    /// "қазақ тіліндегі": the language as an attribute of a noun.
    var kazakhAttributive: String {
        switch self {
        case .ru: "орыс тіліндегі"
        case .kk: "қазақ тіліндегі"
        case .en: "ағылшын тіліндегі"
        }
    }
}
