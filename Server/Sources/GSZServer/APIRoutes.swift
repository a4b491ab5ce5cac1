import GSZKit
import Hummingbird
import NIOCore

/// `/v1/check`, `/v1/standard`, `/healthz` and `/openapi.yaml`: the JSON API.
struct APIRoutes<Context: RequestContext>: Sendable {
    let checking: Checking
    let gate: CheckGate
    let maxBodyBytes: Int

    func add(to router: Router<Context>) {
        router.post("/v1/check") { request, _ in try await check(request) }
        router.get("/v1/standard") { request, _ in try standard(request) }
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: Self.headers("application/json"), body: .init(byteBuffer: ByteBuffer(string: "{\"status\": \"ok\"}\n")))
        }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: Self.headers("application/yaml"),
                     body: .init(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_yaml)))
        }
    }

    /// Exactly what `gsz check --format json` prints for the files sent.
    func check(_ request: Request) async throws -> Response {
        let parameters = Parameters(request)
        let language = try parameters.language()
        let required = try parameters.required()
        let uploads = try await RequestFiles.uploads(of: request, name: parameters.fileName, limit: maxBodyBytes)
        let checking = checking
        guard let json = await gate.run({
            checking.render(checking.check(uploads), as: .json, language: language, required: required)
        }) else { throw APIError.saturated }
        return Response(status: .ok, headers: Self.headers("application/json"), body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    /// What `gsz standard show --format json` prints.
    func standard(_ request: Request) throws -> Response {
        let language = try Parameters(request).language()
        return Response(status: .ok, headers: Self.headers("application/json"),
                        body: .init(byteBuffer: ByteBuffer(string: checking.standardJSON(language: language))))
    }

    /// `Content-Type` with UTF-8, and no caching: answers describe one request's files.
    static func headers(_ type: String) -> HTTPFields {
        [.contentType: type + "; charset=utf-8", .cacheControl: "no-store"]
    }
}
