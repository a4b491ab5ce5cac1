import Foundation
import GSZServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The page and its form, as a browser without JavaScript uses them.
@Suite struct PageTests {
    @Test(arguments: [
        (nil, nil, "ru", "Самопроверка отчёта"),
        ("kk-KZ,kk;q=0.9,ru;q=0.8", nil, "kk", "өзіңіз тексеріңіз"),
        ("de-DE, en;q=0.7, ru;q=0.5", nil, "en", "Self-check"),
        ("ru;q=0.2, kk;q=0.9", nil, "kk", "өзіңіз тексеріңіз"),
        ("fr, de", nil, "ru", "Самопроверка отчёта"),
        ("kk", "en", "en", "Self-check"),
    ] as [(String?, String?, String, String)])
    func pageSpeaksTheAskedLanguage(acceptLanguage: String?, lang: String?, expected: String, title: String) async throws {
        try await Fixture.application().test(.router) { client in
            var headers: HTTPFields = [:]
            if let acceptLanguage { headers[.acceptLanguage] = acceptLanguage }
            try await client.execute(uri: "/" + (lang.map { "?lang=" + $0 } ?? ""), method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("<html lang=\"\(expected)\">"))
                #expect(response.text.contains(title))
                #expect(response.text.contains("<option value=\"\(expected)\" selected>"))
            }
        }
    }

    @Test func pageFormWorksWithoutScript() async throws {
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                let page = response.text
                #expect(page.contains("<form id=\"check\" method=\"post\" enctype=\"multipart/form-data\" action=\"/check\">"))
                // Every control has a label tied to it.
                for id in ["file", "text", "lang", "require"] {
                    #expect(page.contains("<label for=\"\(id)\">"), "no label for \(id)")
                    #expect(page.contains("id=\"\(id)\""))
                }
                #expect(page.contains("<button type=\"submit\">Check</button>"))
                #expect(page.contains("href=\"/template?lang=en\""))
            }
        }
    }

    @Test func formAnswersWithTheHTMLOfTheCommandAndLinksToKeepIt() async throws {
        let sample = try Fixture.sample("minimal.yaml")
        let expectedHTML = try Fixture.runGSZ(["check", "Samples/minimal.yaml", "--format", "html", "--lang", "kk"])
        let expectedJSON = try Fixture.runGSZ(["check", "Samples/minimal.yaml", "--format", "json", "--lang", "kk"])
        let form = Fixture.multipart([(name: "file", fileName: "Samples/minimal.yaml", bytes: sample),
                                      (name: "text", fileName: nil, bytes: Data()),
                                      (name: "lang", fileName: nil, bytes: Data("kk".utf8)),
                                      (name: "require", fileName: nil, bytes: Data("minimal".utf8))])
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: form.type], body: form.body) { response in
                #expect(response.status == .ok)
                let page = response.text
                let html = String(decoding: expectedHTML, as: UTF8.self)
                #expect(page.contains("data:text/html;charset=utf-8;base64,\(expectedHTML.base64EncodedString())\""))
                #expect(page.contains("data:application/json;charset=utf-8;base64,\(expectedJSON.base64EncodedString())\""))
                #expect(page.contains("href=\"/template?form=training&lang=kk\""))
                // Apart from the links and their style, the page is the command's, byte for byte.
                let stripped = page.replacing(/<style>\.gsz-keep[^<]*<\/style>\n/, with: "")
                    .replacing(/<nav class="gsz-keep"[^\n]*\n/, with: "")
                #expect(stripped == html)
            }
        }
    }

    @Test func pastedTextIsCheckedAsAReport() async throws {
        let sample = String(decoding: try Fixture.sample("noncompliant.yaml"), as: UTF8.self)
        let body = "text=" + sample.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "&lang=en"
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<span class=\"badge v-noncompliant\">noncompliant</span>"))
                #expect(response.text.contains("<span class=\"path\">report.yaml</span>"))
            }
        }
    }

    @Test func anEmptyFormGetsThePageAgainWithANotice() async throws {
        let form = Fixture.multipart([(name: "file", fileName: "", bytes: Data()), (name: "text", fileName: nil, bytes: Data(" \r\n".utf8)),
                                      (name: "lang", fileName: nil, bytes: Data("en".utf8))])
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: form.type], body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<p class=\"notice\" role=\"alert\">Choose a file or paste a report&#39;s text.</p>"))
            }
        }
    }

    @Test(arguments: [("seminar", "kk"), ("course", "en"), ("webinar", "ru")])
    func templateIsTheTextOfInit(form: String, language: String) async throws {
        let expected = try Fixture.runGSZ(["init", "--form", form, "--lang", language])
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/template?form=\(form)&lang=\(language)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
                #expect(response.data == expected)
            }
        }
    }
}
