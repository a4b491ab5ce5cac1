import GSZWorkbook

/// The sentences of `WorkbookProblem` in Kazakh, said to a person who keeps the report in
/// Excel or LibreOffice Calc: what to do in the program they have open.
extension WorkbookProblem {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        switch self {
        case .unreadable(let kind): return kind.kazakh
        case .noReportSheet:
            return "кітаптың бірде-бір парағында есеп жоқ: тақырып парағының «A1» ұяшығында «report», қызметтер парағының 1-жолында «id» мен «kind» болады"
        case .secondSheet(let role, let first):
            return "\(role == .header ? "тақырыптың" : "қызметтердің") екінші парағы; тек \(q(first)) оқылады"
        case .duplicateKey(let key, let first): return "\(q(key)) кілті екі рет берілген (алғаш рет — \(q(first)))"
        case .binAsNumber(let bin):
            return "БСН сан ретінде сақталған, \(q(bin)) деп оқылды; алдыңғы нөлдер сақталуы үшін ұяшыққа мәтін пішімін беріңіз"
        case .formulaWithoutValue: return "формуланың сақталған нәтижесі жоқ; кітапты Excel не LibreOffice-те ашып, сақтаңыз"
        case .keyNotText(let cell): return "\(q(cell)) ұяшығындағы кілт мәтін емес; оның бағаны оқылмайды"
        }
    }
}

extension WorkbookError.Kind {
    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        return switch self {
        case .notAWorkbook: "бұл Excel кітабы (.xlsx) емес: файлды Excel не LibreOffice-те .xlsx кітабы ретінде сақтаңыз"
        case .encrypted: "кітап құпиясөзбен қорғалған; оны құпиясөзсіз .xlsx кітабы ретінде сақтаңыз"
        case .legacyExcel: "бұл Excel 97–2003 кітабы (.xls), gsz оны оқымайды: оны Excel кітабы (.xlsx) ретінде сақтаңыз"
        case .openDocument: "бұл OpenDocument кестесі (.ods), Excel кітабы емес: LibreOffice-те оны \(q("Excel 2007-365 (.xlsx)")) түрімен сақтаңыз"
        case .damaged(let part): "кітап бүлінген (\(q(part))); оны Excel не LibreOffice-те қайта сақтаңыз"
        case .unsupported(let part): "кітап \(q(part)) бөлігін gsz оқымайтын тәсілмен сақтайды; оны Excel не LibreOffice-те қайта сақтаңыз"
        case .missingPart(let part): "кітапта \(q(part)) бөлігі жоқ; оны Excel не LibreOffice-те қайта сақтаңыз"
        case .missingSharedString(let index): "ұяшық кітапта жоқ \(index) нөмірлі мәтінге сілтейді"
        case .partTooLarge(let part, let limit): "кітаптың \(q(part)) бөлігі \(limit >> 20) МиБ-тан үлкен"
        case .compressionRatio(let part, let ratio): "кітаптың \(q(part)) бөлігі сығылған көлемінен \(ratio) есе артық ашылады (zip-бомба?)"
        case .tooManyEntries(let limit): "кітап архивінде \(limit)-ден көп файл бар"
        case .malformedXML(let part, let reason): "кітаптың \(q(part)) бөлігі дұрыс XML емес (\(q(reason)))"
        case .doctype(let part): "кітаптың \(q(part)) бөлігі құжат түрін жариялайды, gsz мұны қабылдамайды (нысандарды ашу)"
        case .tooManyCells(let sheet, let limit): "\(q(sheet)) парағында \(limit)-ден көп жол не ұяшық бар"
        case .cellTooLong(let limit): "ұяшықта \(limit >> 10) КиБ-тан көп мәтін бар"
        }
    }
}
