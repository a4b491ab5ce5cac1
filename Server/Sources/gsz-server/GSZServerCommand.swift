import ArgumentParser
import GSZServer
import Hummingbird
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// `gsz-server`: the self-check page and the HTTP API (`gsz serve` starts it).
@main
struct GSZServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gsz-server",
        abstract: "Serve the self-check page and the HTTP API for reports.",
        discussion: """
            The page is at / and the API under /v1 (described at /openapi.yaml). Nothing is \
            written to disk or kept after a reply; one log line per request goes to standard \
            error, never a report's content. SIGTERM or Ctrl-C stops it once the requests in \
            flight are answered (exit status 0).

            Examples:
              gsz-server
              gsz-server --host 0.0.0.0 --port 8080 --standard Standards/
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed on start).")
    var port = 8080

    @Option(help: ArgumentHelp("A folder of standard files to use instead of the built-in standard.", valueName: "path"))
    var standard: String?

    @Option(name: .customLong("max-checks"), help: "Checks run at once (default: two per processor).")
    var maxChecks = ServerSettings.defaultMaxChecks

    @Option(help: "Checks that may wait for a free slot; past them, 503 at once.")
    var queue = 256

    @Option(name: .customLong("read-timeout"), help: ArgumentHelp("Seconds a client may take to send a request.", valueName: "seconds"))
    var readTimeout = 10.0

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxChecks >= 1 else { throw ValidationError("--max-checks must be at least 1") }
        guard queue >= 0 else { throw ValidationError("--queue cannot be negative") }
        guard readTimeout > 0, readTimeout <= 3600 else { throw ValidationError("--read-timeout must be above 0 and at most 3600") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level cannot be '\(logLevel)'") }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "gsz-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let checking: Checking
        switch Checking.load(standardPath: standard) {
        case .success(let loaded): checking = loaded
        case .failure(let unusable):
            FileHandleless.write(unusable.text, to: 2)
            throw ExitCode(2)
        }
        let settings = ServerSettings(host: host, port: port, maxChecks: maxChecks, queueLength: queue,
                                      readTimeout: .milliseconds(Int64(readTimeout * 1000)))
        let app = Server.application(checking: checking, settings: settings, logger: logger) { channel in
            // One line on standard output, so scripts that start the server learn its port.
            let port = channel.localAddress?.port ?? settings.port
            FileHandleless.write("gsz-server: listening on http://\(settings.host):\(port)", to: 1)
        }
        try await app.runService()
    }
}

/// Lines written straight to a descriptor: unbuffered, so a script reading the output
/// sees them at once, and without Foundation.
enum FileHandleless {
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        if bytes.last != 10 { bytes.append(10) }
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }
}
