import GSZYAML

/// What the YAML layer found, in Kazakh: the reading of bytes into a tree, apart from the
/// sentences about what a document holds.
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
