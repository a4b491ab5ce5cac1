import GSZWorkbook

/// The sentences of `WorkbookProblem` in Russian, said to a person who keeps the report in
/// Excel or LibreOffice Calc: what to do in the program they have open.
extension WorkbookProblem {
    var russian: String {
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
}

extension WorkbookError.Kind {
    var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        return switch self {
        case .notAWorkbook: "это не книга Excel (.xlsx): сохраните файл в Excel или LibreOffice как книгу .xlsx"
        case .encrypted: "книга защищена паролем; сохраните её как книгу .xlsx без пароля"
        case .legacyExcel: "это книга Excel 97–2003 (.xls), gsz её не читает: сохраните её как книгу Excel (.xlsx)"
        case .openDocument: "это таблица OpenDocument (.ods), а не книга Excel: в LibreOffice сохраните её с типом \(q("Excel 2007-365 (.xlsx)"))"
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
}
