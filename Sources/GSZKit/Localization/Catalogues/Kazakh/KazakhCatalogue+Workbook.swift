/// The words of the report workbook and the results workbook in Kazakh.
extension KazakhCatalogue {
    func workbookWord(_ word: WorkbookWord) -> String {
        switch word {
        case .headerSheet: "Есеп"
        case .servicesSheet: "Қызметтер"
        case .title: "ҮЕҰ-ның мемлекеттік әлеуметтік тапсырыс туралы есебі"
        case .ngoName: "ҮЕҰ атауы"
        case .ngoBIN: "БСН"
        case .project: "Жоба"
        case .contract: "Шарт"
        case .periodFrom: "Кезең: басы"
        case .periodTo: "Кезең: соңы"
        case .serviceID: "Коды"
        case .serviceKind: "Түрі"
        case .serviceForm: "Нысаны"
        case .serviceTitle: "Тақырыбы"
        case .date: "Күні (бір күн)"
        case .datesFrom: "Басы"
        case .datesTo: "Соңы"
        case .hours: "Сағат"
        case .participants: "Қатысушылар"
        case .providerName: "Кім өткізді"
        case .providerExperience: "Тәжірибе, жыл"
        case .feedbackRespondents: "Алынған сауалнама"
        case .feedbackSatisfied: "Оның ішінде қанағаттанған"
        case .successStories: "Табыс тарихтары"
        case .rangeStart: "Басы"
        case .rangeEnd: "Соңы"
        case .dateHint: "Күн: күн ұяшығы, ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ"
        case .binHint: "Алдыңғы нөлдер жоғалмауы үшін мәтін ретінде сақтаңыз"
        case .exampleNote: "Мысал: өз қызметтеріңізбен ауыстырыңыз, әр жолға біреуден"
        }
    }

    func resultsWord(_ word: ResultsWord) -> String {
        switch word {
        case .totals: "Қорытынды"
        case .files: "Файлдар"
        case .problems: "Қателер мен ескертулер"
        case .title: "Тақырыбы"
        case .severity: "Маңыздылығы"
        case .code: "Коды"
        case .column: "Баған"
        case .sheetName: "Парақ"
        case .cell: "Ұяшық"
        case .message: "Хабарлама"
        case .rules: "Ережелер"
        case .document: "Құжат"
        case .item: "Тармақ"
        case .rule: "Ереже"
        case .due: "Мерзімі"
        case .actual: "Іс жүзінде"
        }
    }
}
