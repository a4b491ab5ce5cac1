import Hummingbird
import NIOCore

/// Turns every failure into a JSON error with a 4xx or 503 status, never a 500: unknown
/// paths (404) and methods (405) by the route table, Hummingbird's own errors by their
/// status, and anything else (a client gone mid-body) as a bad request.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each path answers, for 405 and its `Allow` header.
    let routes: [String: [HTTPRequest.Method]]
    /// The body limit, named in a 413's message.
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard let allowed = routes[path] else { return APIError.notFound(path).response }
        guard allowed.contains(request.method) else {
            return APIError.methodNotAllowed(request.method, allowed: allowed).response
        }
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch is NIOTooManyBytesError {
            return APIError.tooLarge(limit: maxBodyBytes).response
        } catch let error as any HTTPResponseError {
            return Self.translate(error.status).response
        } catch {
            return APIError.badRequest("the request could not be read").response
        }
    }

    /// A Hummingbird error as one of ours; a server-side status (which nothing here raises
    /// on purpose) becomes 503, which a client retries, rather than 500.
    static func translate(_ status: HTTPResponse.Status) -> APIError {
        switch status.code {
        case 413: APIError(status: status, code: "too_large", message: status.reasonPhrase)
        case 400..<500: APIError(status: status, code: "bad_request", message: status.reasonPhrase)
        default: APIError(status: .serviceUnavailable, code: "unavailable", message: status.reasonPhrase)
        }
    }
}
