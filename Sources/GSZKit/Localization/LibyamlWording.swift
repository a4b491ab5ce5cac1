/// libyaml's problem sentences in Russian and Kazakh.
///
/// libyaml words its errors in English; the ones it gives for mistakes people make are
/// translated here so an NGO accountant reads what is wrong. Each entry is a sentence the
/// system libyaml really gives (a test feeds it the inputs that produce each one); a sentence
/// not listed keeps libyaml's English, a context not listed is left out.
enum LibyamlWording {
    /// `U+0000`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// libyaml's `problem` in `language`.
    static func problem(_ problem: String, _ language: Language) -> String {
        switch language {
        case .en: problem
        case .ru: problems[problem]?.ru ?? problem
        case .kk: problems[problem]?.kk ?? problem
        }
    }

    /// libyaml's `context` ("while parsing a flow mapping") in `language`; `nil` when it has
    /// no translation, since an English clause inside a Russian sentence helps nobody.
    static func context(_ context: String, _ language: Language) -> String? {
        switch language {
        case .en: context
        case .ru: contexts[context]?.ru
        case .kk: contexts[context]?.kk
        }
    }

    static let problems: [String: (ru: String, kk: String)] = [
        "mapping values are not allowed in this context":
            ("здесь не может начинаться значение (лишнее «:» или неверный отступ?)",
             "бұл жерде мән басталмайды (артық «:» немесе шегініс қате ме?)"),
        "did not find expected key":
            ("не найден ожидаемый ключ (проверьте отступы)", "күтілген кілт табылмады (шегіністерді тексеріңіз)"),
        "could not find expected ':'": ("не найдено ожидаемое «:»", "күтілген «:» табылмады"),
        "found character that cannot start any token":
            ("символ, с которого не может начинаться значение (табуляция или «@», «`»?)",
             "мән бұл таңбадан басталмайды (табуляция немесе «@», «`» ме?)"),
        "did not find expected node content": ("не найдено ожидаемое значение", "күтілген мән табылмады"),
        "found unexpected end of stream":
            ("файл неожиданно закончился (незакрытая кавычка или скобка?)",
             "файл күтпеген жерде аяқталды (жабылмаған тырнақша немесе жақша ма?)"),
        "did not find expected ',' or ']'": ("не найдено ожидаемое «,» или «]»", "күтілген «,» немесе «]» табылмады"),
        "did not find expected ',' or '}'": ("не найдено ожидаемое «,» или «}»", "күтілген «,» немесе «}» табылмады"),
        "found a tab character that violates indentation":
            ("табуляция в отступе; используйте пробелы", "шегіністе табуляция бар; бос орын қолданыңыз"),
        "block sequence entries are not allowed in this context":
            ("здесь не может начинаться элемент списка «-»", "бұл жерде «-» тізім элементі басталмайды"),
        "found unknown escape character":
            ("неизвестная escape-последовательность после «\\»", "«\\» кейін белгісіз escape-тізбек"),
        "did not find expected <document start>":
            ("ожидалось начало документа", "құжаттың басы күтілген"),
        "found undefined tag handle": ("неизвестный префикс тега", "тегтің белгісіз префиксі"),
        "did not find expected alphabetic or numeric character":
            ("после «&» или «*» ожидалось имя из букв или цифр", "«&» немесе «*» кейін әріптер не цифрлардан тұратын атау күтілген"),
        "did not find the expected '>'": ("не найдена закрывающая «>» тега", "тегтің жабатын «>» табылмады"),
        "did not find expected '-' indicator":
            ("не найден ожидаемый элемент списка «-»", "күтілген «-» тізім элементі табылмады"),
        "found duplicate %YAML directive": ("директива %YAML повторяется", "%YAML директивасы қайталанады"),
        "found incompatible YAML document": ("несовместимая версия YAML", "YAML нұсқасы үйлесімсіз"),
    ]

    static let contexts: [String: (ru: String, kk: String)] = [
        "while scanning a quoted scalar": ("в строке в кавычках", "тырнақшадағы мәтінде"),
        "while parsing a flow sequence": ("в списке в квадратных скобках", "тік жақшадағы тізімде"),
        "while parsing a flow mapping": ("в словаре в фигурных скобках", "фигуралы жақшадағы сөздікте"),
        "while parsing a block mapping": ("в блоке ключей", "кілттер блогында"),
        "while parsing a block collection": ("в блоке списка", "тізім блогында"),
        "while scanning a simple key": ("в ключе", "кілтте"),
        "while scanning a plain scalar": ("в значении", "мәнде"),
        "while scanning an anchor": ("в якоре", "якорьде"),
        "while scanning an alias": ("в псевдониме", "бүркеншік атта"),
        "while scanning a tag": ("в теге", "тегте"),
        "while parsing a node": ("в значении", "мәнде"),
        "while parsing a flow node": ("в значении в скобках", "жақшадағы мәнде"),
        "while parsing a quoted scalar": ("в строке в кавычках", "тырнақшадағы мәтінде"),
        "while scanning for the next token": ("между значениями", "мәндер арасында"),
    ]
}
