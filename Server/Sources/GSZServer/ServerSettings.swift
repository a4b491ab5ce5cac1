import NIOCore

/// How the server listens and what it allows one request and all requests together.
public struct ServerSettings: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on (0: any free port).
    public var port: Int
    /// The largest request body accepted; past it, 413. The command line's own input limit.
    public var maxBodyBytes: Int
    /// Checks run at once; more wait in the queue.
    public var maxChecks: Int
    /// Checks that may wait for a free slot; past them, 503 at once.
    public var queueLength: Int
    /// How long a client may take to send a request (head and body), and how long an idle
    /// connection stays open; a slower client is disconnected.
    public var readTimeout: Duration

    /// Settings with the defaults `gsz serve --help` names.
    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 16 << 20,
                maxChecks: Int = defaultMaxChecks, queueLength: Int = 256, readTimeout: Duration = .seconds(10)) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.maxChecks = maxChecks
        self.queueLength = queueLength
        self.readTimeout = readTimeout
    }

    /// Two checks per processor: a check is pure computation, so more at once only share
    /// the same cores, while two keep a core busy while the other's reply is written.
    public static var defaultMaxChecks: Int { 2 * System.coreCount }
}
