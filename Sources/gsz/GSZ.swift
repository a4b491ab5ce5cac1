import ArgumentParser
import GSZKit

#if canImport(Glibc)
import Glibc
#endif

/// `gsz`: checks NGO service reports against the State Social Order Standard.
@main
struct GSZ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gsz",
        abstract: "Check NGO service reports against the Standard of the State Social Order (ГСЗ).",
        discussion: """
            gsz reads reports (YAML or JSON), measures each service against the thresholds of the \
            Standard, and says for every service and indicator whether it is maximal, minimal, \
            incomplete or noncompliant, why, and what it would take to reach the next level.

            Start with:
              gsz check Samples/                 check every report in a folder
              gsz check report.yaml --lang en    one report, messages in English
              gsz init --form seminar > r.yaml   a report template to fill in
              gsz standard show                  the thresholds in force
            """,
        version: GSZVersion.current,
        subcommands: [CheckCommand.self, SummaryCommand.self, StandardCommand.self, SchemaCommand.self, InitCommand.self,
                      CalendarCommand.self, ServeCommand.self, ConfigCommand.self, ExplainCommand.self]
    )

    /// Parses and runs like `ParsableCommand.main()`, but with the exit statuses of the
    /// contract: 0 and 1 from the command itself, 2 for any usage error.
    static func main() {
        StandardDescriptors.secure()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // Statuses the command chose (0, 1, 2, 141 for a closed pipe) stand as they are.
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 {
                exit(withError: error)
            }
            // ArgumentParser's usage errors exit 64; gsz promises 2 for a wrong command.
            let message = fullMessage(for: error)
            if !message.isEmpty { writeError(message + "\n") }
            Glibc.exit(2)
        }
    }
}

/// Writes `message` to standard error as `gsz: …`, in `language`: the command's own
/// problems (no reports, an output it cannot write) read like the diagnostics.
func writeError(_ message: Message, in language: Language) {
    writeError("gsz: " + VisibleText.escape(message.text(in: language)) + "\n")
}

/// Names on standard error the spreadsheets a folder walk passed over (`.ods`, `.xls`), the
/// first five of them: a report saved in a format gsz does not read is not lost without a word.
func notePassedOver(_ paths: [String], in language: Language) {
    guard !paths.isEmpty else { return }
    let shown = 5
    writeError(.spreadsheetsPassedOver(paths: Array(paths.prefix(shown)), more: max(0, paths.count - shown)), in: language)
}

/// Writes to standard error, unbuffered.
func writeError(_ text: String) {
    write(text, to: 2)
}
