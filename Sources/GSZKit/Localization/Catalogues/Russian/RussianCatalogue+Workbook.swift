/// The words of the report workbook and the results workbook in Russian.
extension RussianCatalogue {
    func workbookWord(_ word: WorkbookWord) -> String {
        switch word {
        case .headerSheet: "Отчёт"
        case .servicesSheet: "Услуги"
        case .title: "Отчёт НКО о государственном социальном заказе"
        case .ngoName: "Название НКО"
        case .ngoBIN: "БИН"
        case .project: "Проект"
        case .contract: "Договор"
        case .periodFrom: "Период: с"
        case .periodTo: "Период: по"
        case .serviceID: "Код"
        case .serviceKind: "Вид"
        case .serviceForm: "Форма"
        case .serviceTitle: "Тема"
        case .date: "Дата (один день)"
        case .datesFrom: "С"
        case .datesTo: "По"
        case .hours: "Часы"
        case .participants: "Участники"
        case .providerName: "Кто проводил"
        case .providerExperience: "Опыт, лет"
        case .feedbackRespondents: "Анкет получено"
        case .feedbackSatisfied: "Из них удовлетворены"
        case .successStories: "Истории успеха"
        case .rangeStart: "Начало"
        case .rangeEnd: "Конец"
        case .dateHint: "Дата: ячейка даты, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"
        case .binHint: "Храните как текст, чтобы не потерять ведущие нули"
        case .exampleNote: "Пример: замените своими услугами, по одной в строке"
        }
    }

    func resultsWord(_ word: ResultsWord) -> String {
        switch word {
        case .totals: "Итоги"
        case .files: "Файлы"
        case .problems: "Ошибки и предупреждения"
        case .title: "Тема"
        case .severity: "Важность"
        case .code: "Код"
        case .column: "Столбец"
        case .sheetName: "Лист"
        case .cell: "Ячейка"
        case .message: "Сообщение"
        case .rules: "Правила"
        case .document: "Документ"
        case .item: "Пункт"
        case .rule: "Правило"
        case .due: "Срок"
        case .actual: "Фактически"
        }
    }
}
