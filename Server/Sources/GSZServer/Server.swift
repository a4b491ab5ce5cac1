public import Hummingbird
public import Logging
import HummingbirdCore
public import NIOCore

/// The server: the routes, their middleware, the bounds, on Hummingbird.
public enum Server {
    /// The methods each path answers; every other path is a 404, every other method a 405.
    static let routes: [String: [HTTPRequest.Method]] = [
        "/": [.get], "/check": [.post], "/template": [.get],
        "/v1/check": [.post], "/v1/standard": [.get], "/healthz": [.get], "/openapi.yaml": [.get],
    ]

    /// The router: one log line per request around the error middleware around the routes.
    public static func router<Context: RequestContext>(
        checking: Checking, settings: ServerSettings, logger: Logger, context: Context.Type = BasicRequestContext.self
    ) -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: RequestLog(logger: logger))
        router.add(middleware: ErrorMiddleware(routes: routes, maxBodyBytes: settings.maxBodyBytes))
        let gate = CheckGate(limit: settings.maxChecks, queueLength: settings.queueLength)
        APIRoutes(checking: checking, gate: gate, maxBodyBytes: settings.maxBodyBytes).add(to: router)
        PageRoutes(checking: checking, gate: gate, maxBodyBytes: settings.maxBodyBytes).add(to: router)
        return router
    }

    /// The application, ready to `runService()`: SIGTERM and SIGINT stop it gracefully
    /// (requests in flight finish first).
    public static func application(
        checking: Checking, settings: ServerSettings, logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let timeout = settings.readTimeout
        return Application(
            router: router(checking: checking, settings: settings, logger: logger),
            server: .http1(configuration: .init(additionalChannelHandlers: [ReadDeadline(limit: timeout)], idleTimeout: TimeAmount(timeout))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil, backlog: 1024),
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}
