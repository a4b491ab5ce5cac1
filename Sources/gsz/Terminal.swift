import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// What the process's environment and terminal allow.
enum Environment {
    /// The environment variables, read once: several settings consult them.
    static let all: [String: String] = {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }()
}

enum Terminal {
    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Whether to colour output on `descriptor`: always/never as asked; on auto, only on a
    /// terminal, never with `NO_COLOR` set or `TERM=dumb`.
    static func colors(for descriptor: Int32, choice: ColorChoice) -> Bool {
        colors(choice: choice, environment: Environment.all, isTerminal: isTerminal(descriptor))
    }

    /// The decision itself, from what the process sees (no-color.org: any non-empty
    /// `NO_COLOR` turns colour off; an explicit `--color always` still wins).
    static func colors(choice: ColorChoice, environment: [String: String], isTerminal: Bool) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }

    /// The number of processors online, for the default `--jobs`.
    static var processors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
