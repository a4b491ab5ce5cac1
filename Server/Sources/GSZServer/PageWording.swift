import GSZKit

/// Every sentence of the self-check page, in one language.
struct PageWording {
    let title: String
    let intro: String
    let file: String
    let drop: String
    let paste: String
    let language: String
    let required: String
    let submit: String
    let template: String
    let api: String
    let pageLanguage: String
    let result: String
    let checking: String
    let nothing: String
    let saveResult: String
    let downloadHTML: String
    let downloadJSON: String
    let downloadWorkbook: String
    let another: String

    /// The page's wording in `language`.
    static func of(_ language: Language) -> PageWording {
        switch language {
        case .ru: russian
        case .kk: kazakh
        case .en: english
        }
    }

    static let russian = PageWording(
        title: "Самопроверка отчёта по ГСЗ",
        intro: "Выберите файл отчёта (YAML или JSON) или вставьте его текст: gsz проверит отчёт по Стандарту ГСЗ и покажет вердикт, подсказки и ошибки с их местами. Сервер ничего не сохраняет.",
        file: "Файл отчёта (YAML или JSON)",
        drop: "…или перетащите файлы сюда",
        paste: "…или вставьте текст отчёта",
        language: "Язык результата",
        required: "Требуемый уровень",
        submit: "Проверить",
        template: "Скачать шаблон отчёта",
        api: "HTTP API (OpenAPI 3.1)",
        pageLanguage: "Язык страницы",
        result: "Результат проверки",
        checking: "Проверка…",
        nothing: "Выберите файл или вставьте текст отчёта.",
        saveResult: "Сохранить результат",
        downloadHTML: "Скачать как HTML",
        downloadJSON: "Скачать как JSON",
        downloadWorkbook: "Скачать таблицей Excel",
        another: "Проверить другой отчёт")

    static let kazakh = PageWording(
        title: "МӘТ бойынша есепті өзіңіз тексеріңіз",
        intro: "Есеп файлын (YAML немесе JSON) таңдаңыз немесе оның мәтінін қойыңыз: gsz есепті МӘТ Стандарты бойынша тексеріп, шешімді, кеңестерді және қателерді орындарымен көрсетеді. Сервер ештеңе сақтамайды.",
        file: "Есеп файлы (YAML немесе JSON)",
        drop: "…немесе файлдарды осында сүйреп әкеліңіз",
        paste: "…немесе есеп мәтінін қойыңыз",
        language: "Нәтиже тілі",
        required: "Талап етілетін деңгей",
        submit: "Тексеру",
        template: "Есеп үлгісін жүктеп алу",
        api: "HTTP API (OpenAPI 3.1)",
        pageLanguage: "Бет тілі",
        result: "Тексеру нәтижесі",
        checking: "Тексерілуде…",
        nothing: "Файлды таңдаңыз немесе есеп мәтінін қойыңыз.",
        saveResult: "Нәтижені сақтау",
        downloadHTML: "HTML ретінде жүктеп алу",
        downloadJSON: "JSON ретінде жүктеп алу",
        downloadWorkbook: "Excel кестесі ретінде жүктеп алу",
        another: "Басқа есепті тексеру")

    static let english = PageWording(
        title: "Self-check a State Social Order report",
        intro: "Choose a report file (YAML or JSON) or paste its text: gsz checks the report against the Standard of the State Social Order and shows its verdict, hints, and errors with their places. The server keeps nothing.",
        file: "Report file (YAML or JSON)",
        drop: "…or drop files here",
        paste: "…or paste the report's text",
        language: "Language of the result",
        required: "Required level",
        submit: "Check",
        template: "Download a report template",
        api: "HTTP API (OpenAPI 3.1)",
        pageLanguage: "Page language",
        result: "Result of the check",
        checking: "Checking…",
        nothing: "Choose a file or paste a report's text.",
        saveResult: "Save the result",
        downloadHTML: "Download as HTML",
        downloadJSON: "Download as JSON",
        downloadWorkbook: "Download as an Excel workbook",
        another: "Check another report")

    /// Each language's own name, for the language switch.
    static func nativeName(_ language: Language) -> String {
        switch language {
        case .ru: "Русский"
        case .kk: "Қазақша"
        case .en: "English"
        }
    }
}
