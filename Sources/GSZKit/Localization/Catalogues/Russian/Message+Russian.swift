import GSZYAML

extension Message {
    var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        switch self {
        case .noSuchFile: return "нет такого файла или папки"
        case .unreadable(let reason): return "не удаётся прочитать файл: \(reason.russian)"
        case .notARegularFile: return "это не обычный файл (канал, устройство или сокет); укажите файл или папку"
        case .yaml(let kind): return kind.russian
        case .workbook(let problem): return problem.text(in: .ru)
        case .unknownDocument(let found, let known):
            let keys = found.isEmpty ? "" : " (он начинается с \(Wording.list(found, .ru)))"
            return "файл не похож ни на один документ ГСЗ\(keys): верхний уровень должен содержать одно из \(Wording.list(known, .ru))"
        case .twoDocuments(let first, let second):
            return "один файл — один документ: \(q(first)) и \(q(second)) не могут стоять рядом; разделите их на два файла"
        case .rootNotMapping: return "верхний уровень отчёта должен состоять из полей «report» и «services»"
        case .missingField(let field): return "нет обязательного поля \(q(field))"
        case .wrongType("", let expected, let found):  // the document itself has no field name
            return "верхний уровень файла: ожидается \(expected.russian), а указано \(found.russian)"
        case .wrongType(let field, let expected, let found):
            return "поле \(q(field)): ожидается \(expected.russian), а указано \(found.russian)"
        case .tagNotForField(let field, let tag, let expected):
            return "поле \(q(field)): ожидается \(expected.russian), а тег \(q(tag)) говорит об ином; уберите тег"
        case .keyNotText: return "ключ должен быть текстом"
        case .unknownKey(let key, let suggestion?): return "неизвестный ключ \(q(key)); возможно, имелся в виду \(q(suggestion))?"
        case .unknownKey(let key, nil): return "неизвестный ключ \(q(key))"
        case .emptyText(let field): return "поле \(q(field)) не может быть пустым"
        case .negative(let field, let value): return "значение поля \(q(field)) не может быть отрицательным (указано \(value))"
        case .notPositive(let field, let value): return "значение поля \(q(field)) должно быть больше нуля (указано \(value))"
        case .numberTooLarge(let field): return "в поле \(q(field)) слишком большое число"
        case .malformedDate(let field, let text):
            return "поле \(q(field)) должно содержать дату вида ГГГГ-ММ-ДД, а не \(q(text))"
        case .nonexistentDate(let field, let text): return "поле \(q(field)): даты \(text) нет в календаре"
        case .reversedDates(let field, let from, let to):
            return "поле \(q(field)): начало («from», \(from)) позже окончания («to», \(to))"
        case .dateAndDates: return "укажите либо «date» (один день), либо «dates» (from, to), но не оба поля"
        case .missingDates: return "нет обязательного поля «dates» (или «date» для однодневной услуги)"
        case .exceeds(let field, let value, let limitField, let limit):
            return "значение \(q(field)) (\(value)) не может быть больше, чем \(q(limitField)) (\(limit))"
        case .unknownValue(let field, let value, let known, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду \(q($0))?" } ?? ""
            return "неизвестное значение \(q(value)) в поле \(q(field)) (допустимые значения: \(Wording.list(known, .ru)))\(hint)"
        case .formRequired(let kind, let known):
            return "для вида услуг \(q(kind)) обязательно поле «form»: одно из значений \(Wording.list(known, .ru))"
        case .kindWithoutForms(let kind, let form):
            return "у вида услуг \(q(kind)) нет форм, поэтому форму \(q(form)) указать нельзя: не указывайте форму"
        case .fieldNotForKind(let field, let kind, let kinds):
            return "поле \(q(field)) не относится к виду услуг \(q(kind)) (только к \(Wording.list(kinds, .ru))) и не учитывается"
        case .formNotUsed(let kind): return "поле «form» не используется для вида услуг \(q(kind)) и не учитывается"
        case .duplicateServiceID(let id, let first):
            return "идентификатор услуги \(q(id)) уже использован " + (first.sheet == nil ? "в строке \(first.line)" : "в ячейке \(first)")
        case .noServices: return "в «services» должна быть хотя бы одна услуга"
        case .binLength(let bin): return "БИН \(q(bin)) должен состоять ровно из 12 цифр"
        case .binCheckDigit(let bin): return "у БИН \(q(bin)) не сходится контрольный разряд; проверьте, нет ли опечатки"
        case .outsidePeriod(let field, let date, let from, let to):
            return "дата \(q(field)) (\(date)) выходит за период отчёта (с \(from) по \(to))"
        case .calendarNotCovered(let field, let year):
            return "\(q(field)): для счёта рабочих дней нужен календарь на \(year) год, которого нет в стандарте"
        case .provisionalCalendar(let field, let year):
            return "\(q(field)): рабочие дни \(year) года посчитаны по предварительному календарю; даты праздников и переносов могут измениться"
        case .duplicateItem(let field, let id, let first): return "\(q(field)): \(q(id)) уже использован в строке \(first.line)"
        case .tooManyQuarters(let limit):
            return "в сроках проектов до «as_of» больше \(limit) кварталов для проверки; разделите журнал"
        case .emptyList(let field): return "в \(q(field)) должен быть хотя бы один элемент"
        case .visitOutsidePeriod(let project, let date, let from, let to):
            return "посещение \(date) — вне срока проекта \(q(project)) (с \(from) по \(to)); оно не засчитано"
        case .rulesMissing(let document, let key):
            return "в стандарте нет сроков для документов \(q(document)) (файла, начинающегося с \(q(key)))"
        case .hint(let hint): return hint.russian
        case .throughAlias(let written, let anchor):
            return "это повтор через псевдоним: записано в строке \(written), под якорем в строке \(anchor)"
        case .competition(let problem): return problem.text(in: .ru)
        case .standard(let problem): return problem.russian
        case .noReportsFound(let paths, let extensions):
            return "не найдено ни одного отчёта в \(Wording.list(paths, .ru)) (ищутся файлы \(extensions.joined(separator: ", ")))"
        case .spreadsheetsPassedOver(let paths, let more):
            let others = more > 0 ? " и ещё \(more)" : ""
            return "пропущены таблицы, которые gsz не читает: \(Wording.list(paths, .ru))\(others); сохраните каждую как книгу Excel (.xlsx), чтобы её проверить"
        case .standardUnusable(let path?): return "стандарт из \(q(path)) нельзя использовать: см. ошибки выше"
        case .standardUnusable(nil): return "встроенный стандарт нельзя использовать: см. ошибки выше"
        case .cannotWrite(let destination?, let reason): return "не удаётся записать \(q(destination)): \(reason.russian)"
        case .binaryToTerminal(let format):
            return "\(q(format)) — двоичный формат: запишите его в файл (\(q("-o results.\(format)")), \(q("--output \(format)=results.\(format)"))) или в канал, а не в терминал"
        case .cannotWrite(nil, let reason): return "не удаётся писать в стандартный вывод: \(reason.russian)"
        case .outputExists(let path): return "файл \(q(path)) уже существует; чтобы заменить его, добавьте --force"
        case .outputIsInput(let destination?, let input): return "запись в \(q(destination)) отменена: это проверяемый отчёт \(q(input))"
        case .outputIsInput(nil, let input): return "запись в стандартный вывод отменена: это проверяемый отчёт \(q(input))"
        case .outputTwice(let destination?): return "два вывода направлены в \(q(destination)); укажите для каждого вывода свой файл"
        case .moreNotShown(let count, let severity):
            return "не показаны ещё \(severity == .error ? "ошибки" : "предупреждения"): \(count)"
        case .outputTwice(nil): return "два вывода направлены в стандартный вывод; укажите для всех выводов, кроме одного, свои файлы"
        case .serverMissing(let searched):
            return "\(q("gsz-server")) нет ни в одной из папок \(Wording.list(searched, .ru)); соберите его командой "
                + "\(q("swift build -c release --package-path Server")) и скопируйте \(q("Server/.build/release/gsz-server")) рядом с \(q("gsz")) или в папку из \(q("PATH"))"
        }
    }
}

extension FoundValue {
    var russian: String {
        switch self {
        case .scalar(let text): Wording.quote(Wording.excerpt(text), .ru)
        case .list: "список"
        case .mapping: "набор полей"
        }
    }
}

extension ValueKind {
    var russian: String {
        switch self {
        case .text: "текст"
        case .integer: "целое число"
        case .number: "число"
        case .date: "дата (ГГГГ-ММ-ДД)"
        case .dateRange: "период с датами «from» и «to»"
        case .mapping: "набор полей"
        case .list: "список"
        case .countOrList: "целое число или список"
        case .boolean: "true или false"
        }
    }
}

extension Hint {
    var russian: String {
        let exact = { (threshold: Double) in NumberText.exact(threshold, in: .ru) }
        let levelGenitive = { (level: IndicatorLevel) in level == .maximal ? "максимального" : "минимального" }
        switch self {
        case .moreForLevel(let need, let unit, let level, let threshold):
            return "ещё \(unit.amount(need, within: .above(0), in: .ru)) до \(levelGenitive(level)) уровня (\(exact(threshold)))"
        case .morePositiveAnswers(let need, let respondents, let level, let threshold):
            let answers = RussianCatalogue.counted(need, "положительный ответ", "положительных ответа", "положительных ответов")
            return "ещё \(answers) из \(respondents) до \(levelGenitive(level)) уровня (\(exact(threshold))%)"
        case .topLevelReached(let threshold, let unit):
            return "достигнут максимальный уровень (\(unit.amount(threshold, within: .exactly(threshold), in: .ru)) и более)"
        case .missingInput(let field): return "в отчёте нет поля \(Wording.quote(field, .ru)): добавьте его, чтобы оценить показатель"
        case .noRespondents:
            return "анкеты обратной связи не получены (respondents: 0): соберите отзывы, чтобы оценить удовлетворённость"
        case .requirementMet(let value, .atLeast, let threshold, let unit):
            let shown = ShownRequirement(value, .atLeast, threshold, unit, in: .ru)
            return "\(shown.value): требуется минимум \(shown.threshold)"
        case .requirementMet(let value, .atMost, let threshold, let unit):
            let shown = ShownRequirement(value, .atMost, threshold, unit, in: .ru)
            return "\(shown.value): допускается максимум \(shown.threshold)"
        case .requirementFailed(let value, .atLeast, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atLeast, threshold, gap: gap, unit, in: .ru)
            return "\(shown.value): требуется минимум \(shown.threshold), не хватает \(shown.gap)"
        case .requirementFailed(let value, .atMost, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atMost, threshold, gap: gap, unit, in: .ru)
            return "\(shown.value): допускается максимум \(shown.threshold), превышение на \(shown.gap)"
        }
    }
}

extension StandardProblem {
    var russian: String {
        let q = { (text: String) in Wording.quote(text, .ru) }
        let n = { (value: Double) in Wording.number(value, .ru) }
        let mean = { (suggestion: String?) in suggestion.map { "; возможно, имелось в виду \(q($0))?" } ?? "" }
        switch self {
        case .noFiles: return "в папке нет файлов стандарта (*.yaml)"
        case .unknownFileRole(let found):
            return "файл стандарта начинается с «standard», «table» или «examples», а не с \(q(found))"
        case .noHeader: return "ни один файл не объявляет стандарт («standard:» с видами услуг и показателями)"
        case .secondHeader(let first): return "стандарт уже объявлен в файле \(q(first))"
        case .duplicateID(.kind, let id): return "вид услуг \(q(id)) объявлен дважды"
        case .duplicateID(.form, let id): return "форма \(q(id)) объявлена дважды"
        case .duplicateID(.field, let id): return "поле услуги \(q(id)) объявлено дважды"
        case .duplicateID(.indicator, let id): return "показатель \(q(id)) объявлен дважды"
        case .duplicateID(.table, let id): return "таблица \(q(id)) объявлена дважды"
        case .duplicateID(.year, let id): return "календарь на год \(q(id)) объявлен дважды"
        case .duplicateID(.rules, let id): return "правила \(q(id)) объявлены дважды"
        case .undefinedKind(let kind, let suggestion): return "вид услуг \(q(kind)) не объявлен\(mean(suggestion))"
        case .undefinedForm(let form, let kind, let suggestion):
            return "форма \(q(form)) не объявлена для вида услуг \(q(kind))\(mean(suggestion))"
        case .undefinedIndicator(let indicator, let suggestion):
            return "показатель \(q(indicator)) не объявлен\(mean(suggestion))"
        case .indicatorNotInTable(let indicator, let table):
            return "показателя \(q(indicator)) нет среди показателей таблицы \(q(table))"
        case .formInTwoRows(let form, let firstLine): return "для формы \(q(form)) уже есть строка таблицы (строка \(firstLine))"
        case .kindInTwoRows(let kind, let firstLine):
            return "у вида \(q(kind)) нет форм, и его таблица задаёт одну строку на весь вид; она уже есть (строка \(firstLine))"
        case .rowWithoutForms(let kind, let known):
            return "строка не называет ни одной формы вида \(q(kind)) и никогда не применится: укажите в «forms» одну из форм — \(Wording.list(known, .ru))"
        case .missingTranslation(let field, let language):
            return "у поля \(q(field)) нет текста на \(language.russianPrepositional) языке"
        case .minimalAboveMaximal(let indicator, let minimal, let maximal):
            return "\(q(indicator)): минимальный порог (\(n(minimal))) выше максимального (\(n(maximal)))"
        case .overlappingLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): минимальный уровень (до \(n(minimalTo))) заходит на максимальный (от \(n(maximalFrom)))"
        case .gappedLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): значения между \(n(minimalTo)) и \(n(maximalFrom)) не попадают ни в один уровень"
        case .reversedRange(let indicator, let from, let to):
            return "\(q(indicator)): диапазон \(n(from))–\(n(to)) начинается выше своего конца"
        case .checkMismatch(let indicator, let check, let expected):
            return "показатель \(q(indicator)) проверяется как \(q(check)): укажите \(q(expected))"
        case .unitMismatch(let indicator, let unit, let expected):
            return "\(q(indicator)): единица \(q(unit)) не подходит, ожидается \(q(expected))"
        case .unknownComputation(let name, let known):
            return "неизвестный способ расчёта \(q(name)); известны: \(Wording.list(known, .ru))"
        case .unknownInput(let indicator, let input, let suggestion):
            return "показатель \(q(indicator)) читает \(q(input)), а это не числовое поле услуги\(mean(suggestion))"
        case .unknownCheckField(let field, let suggestion):
            return "проверка сравнивает \(q(field)), а это не поле услуги с целым числом\(mean(suggestion))"
        case .inputCount(let indicator, let computation, let expected, let given):
            let fields = RussianCatalogue.counted(expected, "поле", "поля", "полей")
            return "\(q(indicator)): расчёт \(q(computation)) принимает \(fields), а указано \(given)"
        case .missingCell(let indicator, let table):
            return "в строке нет значения для \(q(indicator)), столбца таблицы \(q(table)); где стандарт ничего не устанавливает, пишите «-»"
        case .thresholdsInTwoTables(let form, let indicator, let firstTable):
            return "для формы \(q(form)) пороги \(q(indicator)) уже заданы в таблице \(q(firstTable))"
        case .thresholdOutOfRange(let indicator, let value, let lowest, let highest):
            let range = highest.map { "от \(n(lowest)) до \(n($0))" } ?? "от \(n(lowest))"
            return "\(q(indicator)): порог \(n(value)) вне возможных значений (\(range))"
        case .exampleExpectsNothing(let example):
            return "пример \(q(example)) ничего не ожидает: укажите «expect.verdict» или «expect.indicators»"
        case .exampleVerdict(let example, let expected, let actual):
            return "пример \(q(example)): вердикт \(q(actual)), ожидался \(q(expected))"
        case .exampleLevel(let example, let indicator, let expected, let actual):
            return "пример \(q(example)): \(q(indicator)) — \(q(actual)), ожидалось \(q(expected))"
        case .exampleInvalid(let example):
            return "в примере \(q(example)): услуга примера должна читаться так же, как услуга в отчёте"
        case .dateOutsideYear(let field, let date, let year): return "\(q(field)): \(date) — не \(year) год, объявленный в файле"
        case .transferDay(let field, let date, true): return "\(q(field)): \(date) — не суббота и не воскресенье"
        case .transferDay(let field, let date, false): return "\(q(field)): \(date) — суббота или воскресенье, а не будний день"
        case .calendarExample(let example, let expected, let actual):
            return "пример \(q(example)): календарь даёт \(q(actual)), ожидалось \(q(expected))"
        }
    }
}

extension Language {
    /// "на русском языке": the adjective in the prepositional case.
    var russianPrepositional: String {
        switch self {
        case .ru: "русском"
        case .kk: "казахском"
        case .en: "английском"
        }
    }
}
