import ArgumentParser
import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// `gsz serve`: the self-check page and the HTTP API, served by the separate `gsz-server`
/// program (so `gsz check` never links Hummingbird). The process is replaced by it with
/// `execv`, so signals and the exit status are the server's own.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the self-check page and the HTTP API (runs gsz-server).",
        discussion: """
            The page is at / and the API under /v1, described at /openapi.yaml. gsz-server is \
            looked for beside gsz, then on PATH; build it with \
            `swift build -c release --package-path Server` and copy \
            Server/.build/release/gsz-server beside gsz.

            Examples:
              gsz serve
              gsz serve --host 0.0.0.0 --port 8080 --standard Standards/
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed on start).")
    var port = 8080

    @Option(help: ArgumentHelp("A folder of standard files to use instead of the built-in standard.", valueName: "path"))
    var standard: String?

    @Option(name: .customLong("max-checks"), help: "Checks run at once (default: two per processor).")
    var maxChecks: Int?

    @Option(help: "Checks that may wait for a free slot; past them, 503 at once (default 256).")
    var queue: Int?

    @Option(name: .customLong("read-timeout"), help: ArgumentHelp("Seconds a client may take to send a request (default 10).", valueName: "seconds"))
    var readTimeout: Double?

    @Option(name: .customLong("log-level"), help: "trace, debug, info (default), notice, warning, error or critical.")
    var logLevel: String?

    @OptionGroup var languageOption: LanguageOption

    /// The server's arguments: every option given here, under the same name.
    var serverArguments: [String] {
        var arguments = ["--host", host, "--port", String(port)]
        if let standard { arguments += ["--standard", standard] }
        if let maxChecks { arguments += ["--max-checks", String(maxChecks)] }
        if let queue { arguments += ["--queue", String(queue)] }
        if let readTimeout { arguments += ["--read-timeout", String(readTimeout)] }
        if let logLevel { arguments += ["--log-level", logLevel] }
        return arguments
    }

    func run() throws {
        let searched = ServerLocator.folders()
        guard let program = ServerLocator.find(in: searched) else {
            writeError(.serverMissing(searched: searched), in: languageOption.resolved)
            throw ExitCode(2)
        }
        let argv = ([program] + serverArguments).map { strdup($0) } + [nil]
        execv(program, argv)
        // Only reached when the program could not be started.
        writeError(.serverMissing(searched: searched), in: languageOption.resolved)
        throw ExitCode(2)
    }
}

/// Where `gsz serve` looks for `gsz-server`.
enum ServerLocator {
    /// The program's name.
    static let name = "gsz-server"

    /// The folder of the running gsz, then each folder on PATH.
    static func folders(environment: [String: String] = Environment.all) -> [String] {
        var folders: [String] = []
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 {
            let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = path.lastIndex(of: "/") { folders.append(slash == path.startIndex ? "/" : String(path[..<slash])) }
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            if !folders.contains(String(folder)) { folders.append(String(folder)) }
        }
        return folders
    }

    /// The first executable `gsz-server` in `folders`.
    static func find(in folders: [String]) -> String? {
        folders.lazy.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name }.first { access($0, X_OK) == 0 }
    }
}
