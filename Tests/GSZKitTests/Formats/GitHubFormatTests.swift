import Foundation
@testable import GSZKit
import Testing

/// One workflow command read back the way GitHub's runner reads it.
struct WorkflowCommand {
    let name: String
    let properties: [String: String]
    let message: String

    /// Parses `::name k=v,k=v::message`, undoing GitHub's escapes; `nil` if the line is not one.
    init?(_ line: Substring) {
        guard line.hasPrefix("::"), let end = line.dropFirst(2).range(of: "::") else { return nil }
        let head = line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]
        let space = head.firstIndex(of: " ") ?? head.endIndex
        name = String(head[..<space])
        var properties: [String: String] = [:]
        for pair in head[space...].dropFirst().split(separator: ",") {
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            properties[String(pair[..<equals])] = Self.unescape(pair[pair.index(after: equals)...])
        }
        self.properties = properties
        message = Self.unescape(line[end.upperBound...])
    }

    static func unescape(_ text: Substring) -> String {
        String(text).replacing("%0D", with: "\r").replacing("%0A", with: "\n").replacing("%3A", with: ":")
            .replacing("%2C", with: ",").replacing("%25", with: "%")
    }
}

@Suite struct GitHubFormatTests {
    let commands = FormatBatch.text(.github).split(separator: "\n").compactMap(WorkflowCommand.init)

    @Test("every line is a workflow command")
    func everyLineParses() {
        #expect(commands.count == FormatBatch.text(.github).split(separator: "\n").count)
    }

    @Test("an error per input error and per indicator below --require, a warning per warning, a notice per file")
    func countsMatchTheBatch() {
        let batch = FormatBatch.results
        let failing = batch.flatMap(\.services).flatMap(\.indicators).filter { !$0.level.passes(.minimal) }
        #expect(commands.count { $0.name == "error" } == batch.map(\.errors.count).reduce(0, +) + failing.count)
        #expect(commands.count { $0.name == "warning" } == batch.map(\.warnings.count).reduce(0, +))
        #expect(commands.count { $0.name == "notice" } == batch.count + 1)
        #expect(commands.last?.name == "notice" && commands.last?.properties["file"] == nil)
    }

    @Test("file, line and column point at the finding; paths survive escaping")
    func locations() throws {
        for command in commands.dropLast() {
            let file = try #require(command.properties["file"])
            #expect(FormatBatch.results.contains { $0.path == file })
            if command.name != "notice" {
                #expect(Int(command.properties["line"] ?? "") != nil || file == "broken/missing.yaml")
            }
        }
        #expect(commands.contains { $0.properties["file"] == FormatBatch.trickyPath })
    }

    @Test("escaping as GitHub documents it", arguments: [
        ("100%", false, "100%25"),
        ("a\r\nb", false, "a\\r\\nb"),
        ("a:b,c", false, "a:b,c"),
        ("a:b,c", true, "a%3Ab%2Cc"),
        ("%3A", true, "%253A"),
        ("bell\u{7}", false, "bell\\x07"),
        ("\u{1B}]0;t\u{7}", true, "\\x1B]0;t\\x07"),
        ("S\u{202E}1", false, "S\\u202E1"),
    ])
    func escape(_ text: String, _ property: Bool, _ expected: String) {
        #expect(GitHubFormat.escape(text, property: property) == expected)
    }

    @Test("a report's text cannot start a command of its own")
    func noInjection() {
        let hostile = "ОФ\n::error file=x::forged\r\n::add-mask::secret"
        #expect(!GitHubFormat.escape(hostile, property: false).unicodeScalars.contains { $0 == "\n" || $0 == "\r" })
        #expect(!GitHubFormat.escape(hostile, property: true).unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == ":" })
    }
}
