import GSZKit

/// The self-check page at `/`: a plain form that works without JavaScript, in the reader's
/// language, with a script that only saves the reload.
enum Page {
    /// The page in `language`, with `notice` (a problem with the last form sent) above the form.
    static func render(language: Language, required: RequiredLevel = .minimal, notice: String? = nil) -> String {
        let words = PageWording.of(language)
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(words.title)) · gsz</title>
            <style>\(PageAssets.css)</style>
            </head>
            <body>
            <header>
            <nav class="languages" aria-label="\(escaped(words.pageLanguage))">\(languageLinks(current: language))</nav>
            <h1>\(escaped(words.title))</h1>
            <p>\(escaped(words.intro))</p>
            </header>
            <main>

            """
        if let notice { html += "<p class=\"notice\" role=\"alert\">\(escaped(notice))</p>\n" }
        html += form(words, language: language, required: required)
        html += """
            <p class="links"><a href="/template?lang=\(language.rawValue)" download="report.yaml">\(escaped(words.template))</a> · <a href="/openapi.yaml">\(escaped(words.api))</a></p>
            <section id="result" aria-live="polite" hidden>
            <h2>\(escaped(words.result))</h2>
            <iframe id="result-frame" title="\(escaped(words.result))"></iframe>
            </section>
            </main>
            <script>\(PageAssets.script(checking: words.checking, nothing: words.nothing))</script>
            </body>
            </html>

            """
        return html
    }

    /// The form: file, text, language, level. Field names are the API's parameter names.
    private static func form(_ words: PageWording, language: Language, required: RequiredLevel) -> String {
        let languages = Language.allCases.map { option in
            "<option value=\"\(option.rawValue)\"\(option == language ? " selected" : "")>\(PageWording.nativeName(option))</option>"
        }.joined()
        let levels = RequiredLevel.allCases.map { level in
            let name = (level == .minimal ? Verdict.minimal : Verdict.maximal).name(in: language)
            return "<option value=\"\(level.rawValue)\"\(level == required ? " selected" : "")>\(escaped(name))</option>"
        }.joined()
        return """
            <form id="check" method="post" enctype="multipart/form-data" action="/check">
            <div class="drop" id="drop">
            <label for="file">\(escaped(words.file))</label>
            <input type="file" id="file" name="file" accept=".yaml,.yml,.json,.xlsx,application/yaml,application/json,\(MediaType.workbook)" multiple>
            <p class="hint">\(escaped(words.drop))</p>
            </div>
            <label for="text">\(escaped(words.paste))</label>
            <textarea id="text" name="text" rows="12" spellcheck="false" autocomplete="off"></textarea>
            <div class="row">
            <p><label for="lang">\(escaped(words.language))</label>
            <select id="lang" name="lang">\(languages)</select></p>
            <p><label for="require">\(escaped(words.required))</label>
            <select id="require" name="require">\(levels)</select></p>
            </div>
            <p><button type="submit">\(escaped(words.submit))</button> <span id="status" role="status"></span></p>
            </form>

            """
    }

    /// Links to the page in each language, the current one marked for screen readers.
    private static func languageLinks(current: Language) -> String {
        Language.allCases.map { language in
            let name = PageWording.nativeName(language)
            return language == current
                ? "<a href=\"/?lang=\(language.rawValue)\" lang=\"\(language.rawValue)\" aria-current=\"page\">\(name)</a>"
                : "<a href=\"/?lang=\(language.rawValue)\" lang=\"\(language.rawValue)\" hreflang=\"\(language.rawValue)\">\(name)</a>"
        }.joined(separator: " · ")
    }
}
