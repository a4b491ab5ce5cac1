import Foundation
import Testing

/// `gsz schema`, end to end.
@Suite struct SchemaCommandTests {
    /// The committed schema the Samples name in their `yaml-language-server` line is what
    /// `gsz schema` prints; after a change to the format, `gsz schema > Schema/report.schema.json`.
    @Test func committedSchemaIsTheGeneratedOne() throws {
        let run = try CLI.run(["schema"])
        #expect(run.status == 0)
        let committed = try String(contentsOfFile: CLI.root + "/Schema/report.schema.json", encoding: .utf8)
        #expect(run.stdout == committed, "regenerate with: gsz schema > Schema/report.schema.json")
    }

    @Test func defaultIsEnglishWhateverTheLocale() throws {
        let english = try CLI.run(["schema", "--lang", "en"])
        let plain = try CLI.run(["schema"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(plain.stdout == english.stdout)
    }

    @Test func samplesNameTheCommittedSchema() throws {
        let samples = CLI.root + "/Samples"
        for file in try FileManager.default.contentsOfDirectory(atPath: samples) where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: samples + "/" + file, encoding: .utf8)
            // Each document names the schema of its kind, which is committed beside the report's.
            let line = text.prefix { $0 != "\n" }
            let prefix = "# yaml-language-server: $schema=../Schema/"
            #expect(line.hasPrefix(prefix) && line.hasSuffix(".schema.json"), "\(file)")
            #expect(FileManager.default.fileExists(atPath: CLI.root + "/Schema/" + line.dropFirst(prefix.count)), "\(file)")
        }
    }

    @Test func russianDescriptionsOnRequest() throws {
        let run = try CLI.run(["schema", "--lang", "ru"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"description\": \"Наименование НПО\""))
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any])
    }

    @Test func formsComeFromTheStandardInUse() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLI.root + "/Standards", toPath: folder + "/Standards")
        let header = folder + "/Standards/standard.yaml"
        let text = try String(contentsOfFile: header, encoding: .utf8).replacingOccurrences(
            of: "      - id: internship\n", with: "      - id: workshop\n        name: {ru: Воркшоп, kk: Воркшоп}\n      - id: internship\n")
        try text.write(toFile: header, atomically: true, encoding: .utf8)
        let run = try CLI.run(["schema", "--standard", folder + "/Standards"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"workshop\""))
    }
}

/// `gsz schema --document` and `gsz init --document` for discussions and monitoring logs.
@Suite struct DocumentSchemaCommandTests {
    @Test(arguments: ["discussion", "monitoring"])
    func committedSchemaIsTheGeneratedOne(document: String) throws {
        let run = try CLI.run(["schema", "--document", document])
        #expect(run.status == 0)
        let committed = try String(contentsOfFile: CLI.root + "/Schema/\(document).schema.json", encoding: .utf8)
        #expect(run.stdout == committed, "regenerate with: gsz schema --document \(document) > Schema/\(document).schema.json")
    }

    @Test(arguments: ["discussion", "monitoring"], ["ru", "kk", "en"])
    func templatesPassCheck(document: String, lang: String) throws {
        let run = try CLI.run(["init", "--document", document, "--lang", lang])
        #expect(run.status == 0)
        let check = try CLI.run(["check", "-", "--format", "json"], input: run.stdout)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\"document\": \"\(document)\", \"verdict\": \"compliant\""))
    }
}
