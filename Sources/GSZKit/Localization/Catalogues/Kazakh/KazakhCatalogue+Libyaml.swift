/// libyaml's problems and where it found them, in Kazakh.
extension KazakhCatalogue {
    func libyamlProblem(_ problem: LibyamlProblem) -> String {
        switch problem {
        case .valueNotAllowed: "бұл жерде мән басталмайды (артық «:» немесе шегініс қате ме?)"
        case .expectedKey: "күтілген кілт табылмады (шегіністерді тексеріңіз)"
        case .expectedColon: "күтілген «:» табылмады"
        case .cannotStartToken: "мән бұл таңбадан басталмайды (табуляция немесе «@», «`» ме?)"
        case .expectedNodeContent: "күтілген мән табылмады"
        case .unexpectedEnd: "файл күтпеген жерде аяқталды (жабылмаған тырнақша немесе жақша ма?)"
        case .expectedCommaOrBracket: "күтілген «,» немесе «]» табылмады"
        case .expectedCommaOrBrace: "күтілген «,» немесе «}» табылмады"
        case .tabInIndentation: "шегіністе табуляция бар; бос орын қолданыңыз"
        case .sequenceEntryNotAllowed: "бұл жерде «-» тізім элементі басталмайды"
        case .unknownEscape: "«\\» кейін белгісіз escape-тізбек"
        case .expectedDocumentStart: "құжаттың басы күтілген"
        case .undefinedTagHandle: "тегтің белгісіз префиксі"
        case .expectedName: "«&» немесе «*» кейін әріптер не цифрлардан тұратын атау күтілген"
        case .expectedTagEnd: "тегтің жабатын «>» табылмады"
        case .expectedDash: "күтілген «-» тізім элементі табылмады"
        case .duplicateYAMLDirective: "%YAML директивасы қайталанады"
        case .incompatibleVersion: "YAML нұсқасы үйлесімсіз"
        }
    }

    func libyamlContext(_ context: LibyamlContext) -> String {
        switch context {
        case .scanningQuotedScalar: "тырнақшадағы мәтінде"
        case .flowSequence: "тік жақшадағы тізімде"
        case .flowMapping: "фигуралы жақшадағы сөздікте"
        case .blockMapping: "кілттер блогында"
        case .blockCollection: "тізім блогында"
        case .simpleKey: "кілтте"
        case .plainScalar: "мәнде"
        case .anchor: "якорьде"
        case .alias: "бүркеншік атта"
        case .tag: "тегте"
        case .node: "мәнде"
        case .flowNode: "жақшадағы мәнде"
        case .parsingQuotedScalar: "тырнақшадағы мәтінде"
        case .nextToken: "мәндер арасында"
        }
    }
}
