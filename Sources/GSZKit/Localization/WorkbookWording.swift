import GSZWorkbook

/// The sentences of `WorkbookProblem` in each language, said to a person who keeps the
/// report in Excel or LibreOffice Calc: what to do in the program they have open.
extension WorkbookProblem {
    func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .ru: russian
        case .kk: kazakh
        }
    }

    private var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        switch self {
        case .unreadable(let kind): return kind.english
        case .noReportSheet:
            return "no sheet of this workbook holds a report: the header sheet has 'report' in 'A1', the services sheet 'id' and 'kind' in row 1"
        case .secondSheet(let role, let first):
            return "a second \(role == .header ? "header" : "services") sheet; only \(q(first)) is read"
        case .duplicateKey(let key, let first): return "key \(q(key)) is given twice (first in \(q(first)))"
        case .binAsNumber(let bin):
            return "the BIN is stored as a number, read as \(q(bin)); format the cell as text so leading zeros stay"
        case .formulaWithoutValue: return "the formula has no saved result; open the workbook in Excel or LibreOffice and save it"
        case .keyNotText(let cell): return "key cell \(q(cell)) is not text; its column is not read"
        }
    }

    private var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        switch self {
        case .unreadable(let kind): return kind.russian
        case .noReportSheet:
            return "ни один лист книги не содержит отчёт: на листе заголовка в «A1» стоит «report», на листе услуг в строке 1 — «id» и «kind»"
        case .secondSheet(let role, let first):
            return "второй лист \(role == .header ? "заголовка" : "услуг"); читается только \(q(first))"
        case .duplicateKey(let key, let first): return "ключ \(q(key)) указан дважды (впервые — в \(q(first)))"
        case .binAsNumber(let bin):
            return "БИН хранится как число и прочитан как \(q(bin)); задайте ячейке текстовый формат, чтобы ведущие нули сохранились"
        case .formulaWithoutValue: return "у формулы нет сохранённого результата; откройте книгу в Excel или LibreOffice и сохраните её"
        case .keyNotText(let cell): return "ключ в ячейке \(q(cell)) — не текст; её столбец не читается"
        }
    }

    private var kazakh: String {
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
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        return switch self {
        case .notAWorkbook: "not an Excel workbook (.xlsx): save the file in Excel or LibreOffice as an .xlsx workbook"
        case .encrypted: "the workbook is encrypted (or an old .xls); save it as an .xlsx workbook without a password"
        case .damaged(let part): "the workbook is damaged (\(q(part))); save it again in Excel or LibreOffice"
        case .unsupported(let part): "the workbook stores \(q(part)) in a way gsz does not read; save it again in Excel or LibreOffice"
        case .missingPart(let part): "the workbook lacks its part \(q(part)); save it again in Excel or LibreOffice"
        case .missingSharedString(let index): "a cell refers to text number \(index), which the workbook does not hold"
        case .partTooLarge(let part, let limit): "the workbook part \(q(part)) is larger than \(limit >> 20) MiB"
        case .compressionRatio(let part, let ratio): "the workbook part \(q(part)) inflates to more than \(ratio) times its packed size (a zip bomb?)"
        case .tooManyEntries(let limit): "the workbook archive lists more than \(limit) files"
        case .malformedXML(let part, let reason): "the workbook part \(q(part)) is not well-formed XML (\(q(reason)))"
        case .doctype(let part): "the workbook part \(q(part)) declares a document type, which gsz refuses (entity expansion)"
        case .tooManyCells(let sheet, let limit): "sheet \(q(sheet)) has more than \(limit) rows or cells"
        case .cellTooLong(let limit): "the cell holds more than \(limit >> 10) KiB of text"
        }
    }

    var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        return switch self {
        case .notAWorkbook: "это не книга Excel (.xlsx): сохраните файл в Excel или LibreOffice как книгу .xlsx"
        case .encrypted: "книга зашифрована (или это старый .xls); сохраните её как книгу .xlsx без пароля"
        case .damaged(let part): "книга повреждена (\(q(part))); сохраните её заново в Excel или LibreOffice"
        case .unsupported(let part): "книга хранит \(q(part)) так, как gsz не читает; сохраните её заново в Excel или LibreOffice"
        case .missingPart(let part): "в книге нет части \(q(part)); сохраните её заново в Excel или LibreOffice"
        case .missingSharedString(let index): "ячейка ссылается на текст номер \(index), которого в книге нет"
        case .partTooLarge(let part, let limit): "часть книги \(q(part)) больше \(limit >> 20) МиБ"
        case .compressionRatio(let part, let ratio): "часть книги \(q(part)) распаковывается в размер, больше сжатого в \(ratio) раз (zip-бомба?)"
        case .tooManyEntries(let limit): "архив книги содержит больше \(limit) файлов"
        case .malformedXML(let part, let reason): "часть книги \(q(part)) — не корректный XML (\(q(reason)))"
        case .doctype(let part): "часть книги \(q(part)) объявляет тип документа, gsz такое не принимает (раскрытие сущностей)"
        case .tooManyCells(let sheet, let limit): "на листе \(q(sheet)) больше \(limit) строк или ячеек"
        case .cellTooLong(let limit): "в ячейке больше \(limit >> 10) КиБ текста"
        }
    }

    var kazakh: String {
        let q = { (text: String) in Wording.quote(text, .kk) }
        return switch self {
        case .notAWorkbook: "бұл Excel кітабы (.xlsx) емес: файлды Excel не LibreOffice-те .xlsx кітабы ретінде сақтаңыз"
        case .encrypted: "кітап шифрланған (не ескі .xls); оны құпиясөзсіз .xlsx кітабы ретінде сақтаңыз"
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
