import GSZKit

/// The page `--format html` writes, with links to keep it: itself, the JSON and the results
/// workbook as `data:` links (the server keeps nothing to link to), the template, the form again.
enum ResultPage {
    /// `html` with the links above its heading; `form` names the template to offer.
    static func decorate(html: [UInt8], json: [UInt8], workbook: [UInt8], form: String?, language: Language) -> String {
        let words = PageWording.of(language)
        let template = "/template?" + (form.map { "form=" + queryEncoded($0) + "&" } ?? "") + "lang=" + language.rawValue
        let links = """
            <nav class="gsz-keep" aria-label="\(escaped(words.saveResult))">\
            <a href="data:text/html;charset=utf-8;base64,\(base64(html))" download="gsz-result.html">\(escaped(words.downloadHTML))</a> · \
            <a href="data:application/json;charset=utf-8;base64,\(base64(json))" download="gsz-result.json">\(escaped(words.downloadJSON))</a> · \
            <a href="data:\(MediaType.workbook);base64,\(base64(workbook))" download="gsz-result.xlsx">\(escaped(words.downloadWorkbook))</a> · \
            <a href="\(template)" target="_top">\(escaped(words.template))</a> · \
            <a href="/?lang=\(language.rawValue)" target="_top">\(escaped(words.another))</a></nav>

            """
        let style = "<style>.gsz-keep{margin:0 0 1rem;font-size:.95rem}@media print{.gsz-keep{display:none}}</style>\n"
        var page = String(decoding: html, as: UTF8.self)
        if let head = page.firstRange(of: "</head>") { page.insert(contentsOf: style, at: head.lowerBound) }
        if let body = page.firstRange(of: "<body>\n") { page.insert(contentsOf: links, at: body.upperBound) }
        return page
    }
}
