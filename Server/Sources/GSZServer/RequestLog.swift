import Hummingbird
import Logging

/// One log line per request: method, path, status, sizes and time, never the query (it
/// names files) nor a byte of a body (reports hold BINs and people's names).
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        // The error middleware sits inside this one and answers everything, so `next` returns.
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        var metadata: Logger.Metadata = [
            "method": "\(request.method.rawValue)",
            "path": "\(request.uri.path)",
            "status": "\(response.status.code)",
            "us": "\(micros)",
        ]
        if let length = request.headers[.contentLength] { metadata["in"] = "\(length)" }
        if let length = response.body.contentLength { metadata["out"] = "\(length)" }
        logger.info("request", metadata: metadata)
        return response
    }
}
