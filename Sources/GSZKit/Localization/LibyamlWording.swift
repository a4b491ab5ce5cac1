/// libyaml's problem sentences in Russian and Kazakh.
///
/// libyaml words its errors in English; the common ones are translated here so an NGO
/// accountant reads what is wrong. Anything not listed keeps libyaml's English.
enum LibyamlWording {
    /// `U+0000`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func problem(_ problem: String, _ language: Language) -> String {
        guard language != .en, let words = problems[problem] else { return problem }
        return language == .ru ? words.ru : words.kk
    }

    static func context(_ context: String, _ language: Language) -> String? {
        guard language != .en else { return context }
        guard let words = contexts[context] else { return nil }
        return language == .ru ? words.ru : words.kk
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
        "found unexpected ':'": ("неожиданное «:»", "күтпеген «:»"),
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
    ]
}
