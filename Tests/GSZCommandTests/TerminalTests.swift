import Foundation
import Testing
@testable import gsz

/// Colour only where it helps: a terminal, not a pipe; never against NO_COLOR or TERM=dumb
/// unless the user insists with --color always.
@Suite struct TerminalTests {
    @Test("auto", arguments: [
        ([:], true, true),
        ([:], false, false),                       // a pipe or a file
        (["NO_COLOR": "1"], true, false),
        (["NO_COLOR": ""], true, true),            // set but empty does not count (no-color.org)
        (["TERM": "dumb"], true, false),
        (["TERM": "xterm-256color"], true, true),
    ] as [([String: String], Bool, Bool)])
    func auto(environment: [String: String], isTerminal: Bool, expected: Bool) {
        #expect(Terminal.colors(choice: .auto, environment: environment, isTerminal: isTerminal) == expected)
    }

    @Test func explicitChoicesWin() {
        #expect(Terminal.colors(choice: .always, environment: ["NO_COLOR": "1"], isTerminal: false))
        #expect(!Terminal.colors(choice: .never, environment: [:], isTerminal: true))
    }
}

/// The same through the built binary: what reaches a pipe.
@Suite struct ColorOutputTests {
    @Test func aPipeGetsNoColor() throws {
        // NO_COLOR set but empty does not count, so only the pipe keeps colour off here.
        let run = try CLI.run(["check", "Samples"], environment: ["NO_COLOR": ""])
        #expect(!run.stdout.isEmpty)
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test func colorAlwaysPaintsVerdictsEvenWithNoColor() throws {
        let run = try CLI.run(["check", "Samples/maximal.yaml", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(run.stdout.contains("\u{1B}[1;32mmaximal\u{1B}[0m"))
    }

    @Test func otherOutputsNeverGetColor() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        _ = try CLI.run(["check", "Samples", "--color", "always", "--output", "text=\(path)"])
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!written.isEmpty)
        #expect(!written.contains("\u{1B}"))
    }
}
