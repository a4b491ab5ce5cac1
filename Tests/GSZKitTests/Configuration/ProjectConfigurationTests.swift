import GSZYAML
@testable import GSZKit
import Testing

/// `.gsz.yml` is read with the report reader's rules: every problem located, unknown keys
/// with the closest known one, values from closed sets checked.
@Suite struct ProjectConfigurationTests {
    private func read(_ text: String, folder: String = "cfg") -> (ProjectConfiguration?, [Diagnostic]) {
        ProjectConfiguration.read(Array(text.utf8), path: "cfg/.gsz.yml", folder: folder)
    }

    @Test("every key is read, with its line; relative paths are the file's folder's")
    func everyKey() throws {
        let (configuration, diagnostics) = read("""
            require: maximal
            lang: kk
            standard: standards
            format: json
            output: [junit=gsz.xml, "sarif=/tmp/gsz.sarif", html=-]
            exclude:
              - drafts/**
              - "*.tmp.yaml"
            """)
        #expect(diagnostics.isEmpty)
        let read = try #require(configuration)
        #expect(read.require?.value == .maximal && read.require?.line == 1)
        #expect(read.lang?.value == .kk && read.lang?.line == 2)
        #expect(read.standard?.value == "cfg/standards")
        #expect(read.format?.value == .json && read.format?.line == 4)
        #expect(read.outputs?.value == [.init(format: .junit, path: "cfg/gsz.xml"), .init(format: .sarif, path: "/tmp/gsz.sarif"),
                                        .init(format: .html, path: "-")])
        #expect(read.exclude?.value.map(\.pattern) == ["drafts/**", "*.tmp.yaml"])
        #expect(read.exclude?.line == 6)
    }

    @Test("an empty file configures nothing")
    func empty() throws {
        let (configuration, diagnostics) = read("# nothing yet\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(configuration).require == nil)
    }

    @Test("wrong files are errors with their place", arguments: [
        ("requir: maximal\n", "unknown_key", 1, 1),
        ("require: maximum\n", "unknown_value", 1, 10),
        ("lang: de\n", "unknown_value", 1, 7),
        ("output: [xml=a.xml]\n", "unknown_value", 1, 10),
        ("output: [junit]\n", "unknown_value", 1, 10),
        ("exclude: {a: 1}\n", "wrong_type", 1, 10),
        ("require: [a]\n", "wrong_type", 1, 10),
        ("- a\n", "wrong_type", 1, 1),
        ("require: maximal\nrequire: minimal\n", "duplicate_key", 2, 1),
        ("require: [\n", "yaml_syntax", 2, 1),
    ])
    func errors(_ text: String, _ id: String, _ line: Int, _ column: Int) throws {
        let (configuration, diagnostics) = read(text)
        #expect(configuration == nil)
        let first = try #require(diagnostics.first)
        #expect(first.severity == .error)
        #expect(first.message.id == id, "\(first.message)")
        #expect(first.location?.line == line && first.location?.column == column, "\(String(describing: first.location))")
    }

    @Test("an unknown key names the closest known one")
    func suggestion() throws {
        let (_, diagnostics) = read("exlude: [a]\n")
        #expect(diagnostics.first?.message == .unknownKey(key: "exlude", suggestion: "exclude"))
    }
}
