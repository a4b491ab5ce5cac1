import Foundation
import Testing

/// `gsz schema`, end to end.
@Suite struct SchemaCommandTests {
    /// The committed schema the Samples name in their `yaml-language-server` line is what
    /// `gsz schema` prints; after a change to the format, `gsz schema > Schema/report.schema.json`.
    @Test func committedSchemaIsTheGeneratedOne() throws {
        let run = try GSZ.run(["schema"])
        #expect(run.status == 0)
        let committed = try String(contentsOfFile: GSZ.root + "/Schema/report.schema.json", encoding: .utf8)
        #expect(run.stdout == committed, "regenerate with: gsz schema > Schema/report.schema.json")
    }

    @Test func defaultIsEnglishWhateverTheLocale() throws {
        let english = try GSZ.run(["schema", "--lang", "en"])
        let plain = try GSZ.run(["schema"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(plain.stdout == english.stdout)
    }

    @Test func samplesNameTheCommittedSchema() throws {
        let samples = GSZ.root + "/Samples"
        for file in try FileManager.default.contentsOfDirectory(atPath: samples) where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: samples + "/" + file, encoding: .utf8)
            // Each kind of document names its own schema; reports the report's.
            let kind = ["competition"].first { text.contains("\n\($0):") } ?? "report"
            #expect(text.hasPrefix("# yaml-language-server: $schema=../Schema/\(kind).schema.json\n"), "\(file)")
        }
    }

    @Test func russianDescriptionsOnRequest() throws {
        let run = try GSZ.run(["schema", "--lang", "ru"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"description\": \"Наименование НПО\""))
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any])
    }

    @Test func formsComeFromTheStandardInUse() throws {
        let folder = try GSZ.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: GSZ.root + "/Standards", toPath: folder + "/Standards")
        let header = folder + "/Standards/standard.yaml"
        let text = try String(contentsOfFile: header, encoding: .utf8).replacingOccurrences(
            of: "      - id: internship\n", with: "      - id: workshop\n        name: {ru: Воркшоп, kk: Воркшоп}\n      - id: internship\n")
        try text.write(toFile: header, atomically: true, encoding: .utf8)
        let run = try GSZ.run(["schema", "--standard", folder + "/Standards"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"workshop\""))
    }
}
