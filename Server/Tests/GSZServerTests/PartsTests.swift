import Foundation
import GSZKit
@testable import GSZServer
import Testing

/// The small readers the routes rely on: forms, media types, language preferences, base64.
@Suite struct PartsTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func multipartPartsInOrderWithTheirNames() throws {
        let body = Self.bytes("preamble\r\n--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"x\\\".yaml\"\r\n"
            + "Content-Type: application/yaml\r\n\r\nreport:\r\n  a: 1\r\n--b0\r\ncontent-disposition: form-data; name=lang\r\n\r\nkk\r\n--b0--\r\nepilogue")
        let parts = try #require(Multipart.parse(body, boundary: "b0"))
        #expect(parts.map(\.name) == ["file", "lang"])
        #expect(parts.map(\.fileName) == ["a \"x\".yaml", nil])
        #expect(parts.map { String(decoding: $0.bytes, as: UTF8.self) } == ["report:\r\n  a: 1", "kk"])
    }

    @Test(arguments: [
        "no delimiter at all",
        "--b0\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nunterminated",
        "--b0\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--b0--",
        "--b0\r\nContent-Disposition: attachment; name=\"f\"\r\n\r\nx\r\n--b0--",
        "--b0\r\nContent-Disposition: form-data; name=\"f\"",
    ])
    func malformedFormsAreRefused(body: String) {
        #expect(Multipart.parse(Self.bytes(body), boundary: "b0") == nil)
    }

    @Test func partContentMayHoldTheBoundaryWithoutItsLineBreak() throws {
        let body = Self.bytes("--b0\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx--b0y\r\n--b0--")
        let parts = try #require(Multipart.parse(body, boundary: "b0"))
        #expect(parts.map { String(decoding: $0.bytes, as: UTF8.self) } == ["x--b0y"])
    }

    @Test(arguments: [
        ("multipart/form-data; boundary=\"a;b\"", "multipart/form-data", "a;b"),
        ("Application/YAML ; charset=UTF-8", "application/yaml", nil),
        ("text/plain;boundary=x", "text/plain", "x"),
    ] as [(String, String, String?)])
    func mediaTypesReadWithParameters(header: String, essence: String, boundary: String?) throws {
        let type = try #require(MediaType(header))
        #expect(type.essence == essence)
        #expect(type.parameters["boundary"] == boundary)
    }

    @Test(arguments: ["", "yaml", "/x", "x/", ";boundary=1"])
    func notMediaTypes(header: String) {
        #expect(MediaType(header) == nil)
    }

    @Test(arguments: [
        ("kk-KZ", "kk"), ("en-US,en;q=0.9", "en"), ("de, kk;q=0.1, en;q=0.5", "en"), ("ru;q=0, en;q=0.1", "en"),
        ("*", nil), ("", nil), ("en;q=0.5, kk;q=0.5", "en"),
    ] as [(String, String?)])
    func acceptLanguageByWeight(header: String, expected: String?) {
        #expect(AcceptLanguage.preferred(header)?.rawValue == expected)
    }

    @Test(arguments: ["", "f", "fo", "foo", "fooba", "foobar", "отчёт\u{0}\u{FF}"])
    func base64AsFoundationWritesIt(text: String) {
        #expect(base64(Array(text.utf8)) == Data(text.utf8).base64EncodedString())
    }

    @Test func urlEncodedFieldsDecoded() {
        let fields = URLEncodedForm.parse(Self.bytes("text=a+b%3A%20c%D0%B6&lang=kk&bad=%zz&empty"))
        #expect(fields.map(\.name) == ["text", "lang", "bad", "empty"])
        #expect(fields.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a b: cж", "kk", "%zz", ""])
    }

    @Test func markupAndQueriesEscaped() {
        #expect(escaped("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(queryEncoded("семинар a&b") == "%D1%81%D0%B5%D0%BC%D0%B8%D0%BD%D0%B0%D1%80%20a%26b")
        #expect(PageAssets.jsString("a\"</script>") == "\"a\\u0022\\u003c/script\\u003e\"")
    }
}
