import Foundation
import GSZServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The API's answers: the same JSON as `gsz check --format json`, and an error object
/// with the right status for each protocol problem.
@Suite struct APITests {
    @Test(arguments: Fixture.samples, ["en", "kk"])
    func answerEqualsTheCommandsJSON(sample: String, language: String) async throws {
        let expected = try Fixture.runGSZ(["check", "Samples/" + sample, "--format", "json", "--lang", language])
        try #require(!expected.isEmpty)
        let body = try Fixture.sample(sample)
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/check?name=Samples/\(sample)&lang=\(language)", method: .post,
                                     headers: [.contentType: "application/yaml"], body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.data == expected)
            }
        }
    }

    @Test func severalFilesInAFormAnswerAsTheCommandDoesForThemInOrder() async throws {
        let names = ["noncompliant.yaml", "errors.yaml", "maximal.yaml"]
        let expected = try Fixture.runGSZ(["check"] + names.map { "Samples/" + $0 } + ["--format", "json", "--lang", "ru", "--require", "maximal"])
        let form = Fixture.multipart(try names.map { (name: "file", fileName: "Samples/" + $0, bytes: try Fixture.sample($0)) })
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/check?lang=ru&require=maximal", method: .post,
                                     headers: [.contentType: form.type], body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.data == expected)
            }
        }
    }

    @Test func aBodyWithoutANameIsNamedAsStandardInput() async throws {
        let broken = Data("report: [\n".utf8)
        let expected = try Fixture.runGSZ(["check", "-", "--format", "json"], input: broken)
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: broken)) { response in
                // Input errors are a successful check: 200, verdict error, as the command prints it.
                #expect(response.status == .ok)
                #expect(response.text.contains("{\"path\": \"-\", ") && response.text.contains("\"verdict\": \"error\""))
                #expect(response.data == expected)
            }
        }
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let uri: String
        let method: HTTPRequest.Method
        let type: String?
        let body: String
        let status: HTTPResponse.Status
        let code: String
        let mentions: String
        var testDescription: String { "\(method) \(uri) → \(status.code)" }
    }

    static let refusals: [Refusal] = [
        Refusal(uri: "/v1/check?lang=de", method: .post, type: nil, body: "x", status: .badRequest, code: "bad_parameter", mentions: "ru, kk, en"),
        Refusal(uri: "/v1/check?lang=", method: .post, type: nil, body: "x", status: .badRequest, code: "bad_parameter", mentions: "ru, kk, en"),
        Refusal(uri: "/v1/check?require=best", method: .post, type: nil, body: "x", status: .badRequest, code: "bad_parameter", mentions: "minimal, maximal"),
        Refusal(uri: "/v1/check?name=", method: .post, type: nil, body: "x", status: .badRequest, code: "bad_parameter", mentions: "1 to 255 characters"),
        Refusal(uri: "/v1/check?name=a%0Ab", method: .post, type: nil, body: "x", status: .badRequest, code: "bad_parameter", mentions: "control"),
        Refusal(uri: "/v1/check", method: .post, type: "image/png", body: "x", status: .unsupportedMediaType, code: "unsupported_media_type", mentions: "application/yaml"),
        Refusal(uri: "/v1/check", method: .post, type: "nonsense", body: "x", status: .unsupportedMediaType, code: "unsupported_media_type", mentions: "multipart/form-data"),
        Refusal(uri: "/v1/check", method: .post, type: "multipart/form-data", body: "x", status: .badRequest, code: "bad_request", mentions: "boundary"),
        Refusal(uri: "/v1/check", method: .post, type: "multipart/form-data; boundary=zz", body: "x", status: .badRequest, code: "bad_request", mentions: "not multipart"),
        Refusal(uri: "/v1/check", method: .post, type: "multipart/form-data; boundary=zz", body: "--zz--\r\n", status: .badRequest, code: "bad_request", mentions: "no file"),
        Refusal(uri: "/v1/check", method: .get, type: nil, body: "", status: .methodNotAllowed, code: "method_not_allowed", mentions: "POST"),
        Refusal(uri: "/healthz", method: .post, type: nil, body: "", status: .methodNotAllowed, code: "method_not_allowed", mentions: "GET"),
        Refusal(uri: "/v2/check", method: .post, type: nil, body: "", status: .notFound, code: "not_found", mentions: "/v2/check"),
        Refusal(uri: "/v1/standard?lang=xx", method: .get, type: nil, body: "", status: .badRequest, code: "bad_parameter", mentions: "ru, kk, en"),
        Refusal(uri: "/template?form=semnar&lang=en", method: .get, type: nil, body: "", status: .badRequest, code: "bad_parameter", mentions: "seminar"),
    ]

    @Test(arguments: refusals)
    func protocolProblemsAreJSONErrors(refusal: Refusal) async throws {
        try await Fixture.application().test(.router) { client in
            var headers: HTTPFields = [:]
            if let type = refusal.type { headers[.contentType] = type }
            try await client.execute(uri: refusal.uri, method: refusal.method, headers: headers,
                                     body: ByteBuffer(string: refusal.body)) { response in
                #expect(response.status == refusal.status)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let object = try JSONSerialization.jsonObject(with: response.data) as? [String: [String: String]]
                #expect(object?["error"]?["code"] == refusal.code)
                #expect(object?["error"]?["message"]?.contains(refusal.mentions) == true, "\(response.text)")
            }
        }
    }

    @Test func aBodyPastTheLimitIs413() async throws {
        var settings = ServerSettings()
        settings.maxBodyBytes = 1000
        try await Fixture.application(settings).test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(repeating: 0x20, count: 1001)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("\"too_large\""))
            }
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(repeating: 0x20, count: 1000)) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func theStandardIsTheCommandsJSON() async throws {
        let expected = try Fixture.runGSZ(["standard", "show", "--format", "json", "--lang", "en"])
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/standard?lang=en", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.data == expected)
            }
        }
    }

    @Test func healthAndTheDescriptionAreServed() async throws {
        let committed = try Data(contentsOf: URL(fileURLWithPath: Fixture.root + "/Server/Sources/GSZServer/openapi.yaml"))
        try await Fixture.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "{\"status\": \"ok\"}\n")
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.data == committed)
            }
        }
    }
}
