import Foundation
import Testing

/// `gsz standard show | lint | test`, end to end: output, diagnostics and exit status.
@Suite struct StandardCommandTests {
    @Test func lintOfTheBuiltInStandardIsClean() throws {
        let run = try CLI.run(["standard", "lint"])
        #expect(run.status == 0)
        #expect(run.stdout == "built-in standard: \(try Self.standardFiles().count) files, 0 problems\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func lintOfTheStandardsFolderIsClean() throws {
        let run = try CLI.run(["standard", "lint", "Standards"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func lintReportsEachPlantedMistakeWithItsLineAndExitsTwo() throws {
        let run = try CLI.run(["standard", "lint", "Tests/GSZKitTests/Fixtures/bad-standard", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stdout.hasSuffix("28 problems\n"))
        let quality = "Tests/GSZKitTests/Fixtures/bad-standard/quality.yaml"
        #expect(run.stderr.contains("""
            \(quality):12:19: error: 'satisfaction': the minimal threshold 90 is above the maximal 80
                12 |     satisfaction: {minimal: 90, maximal: 80}         # minimal_above_maximal
                   |                   ^
            """))
        #expect(run.stderr.contains("standard.yaml:9:11: error: 'kinds.name.kk' has no Kazakh text"))
    }

    @Test func anEmptyStandardFolderIsNamedAsGiven() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["check", "--standard", folder, "Samples/minimal.yaml", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(folder): error: no standard files (*.yaml) in this folder\n"), "\(run.stderr)")
        try "- a list, not a standard file\n".write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        let undeclared = try CLI.run(["check", "--standard", folder, "Samples/minimal.yaml", "--lang", "en"])
        #expect(undeclared.stderr.hasPrefix("\(folder): error: no file declares the standard"), "\(undeclared.stderr)")
        #expect(undeclared.stderr.contains("\(folder)/a.yaml:1:1: error: the top of the file must be a mapping, not a list"),
                "\(undeclared.stderr)")
    }

    @Test func testOfTheBuiltInStandardPasses() throws {
        let run = try CLI.run(["standard", "test"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("examples, 0 failed\n"))
        #expect(run.stderr.isEmpty)
    }

    @Test func testReportsAMismatchWithItsPlaceAndExitsOne() throws {
        let folder = try Self.copyOfStandards()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
            examples:
              - name: wrong on purpose
                service: {id: S1, kind: training, form: lecture, date: 2026-03-02, feedback: {respondents: 10, satisfied: 6}}
                expect: {verdict: maximal}
            """.write(toFile: folder + "/examples/wrong.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run(["standard", "test", folder, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(folder)/examples/wrong.yaml:4:23: error: example 'wrong on purpose': verdict 'minimal', expected 'maximal'"))
        #expect(run.stdout.hasSuffix("examples, 1 failed\n"))
    }

    @Test func testOfAStandardThatDoesNotLoadExitsTwo() throws {
        let run = try CLI.run(["standard", "test", "Tests/GSZKitTests/Fixtures/bad-standard"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error:"))
    }

    @Test func verboseTestListsPassingExamples() throws {
        let run = try CLI.run(["standard", "test", "--verbose"])
        #expect(run.stdout.contains("ok: Standards/examples/seminar.yaml:8:5: "))
    }

    @Test func showPrintsTheTableInTheChosenLanguage() throws {
        let run = try CLI.run(["standard", "show", "--lang", "ru"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Семинар"))
        #expect(run.stdout.split(separator: "\n").contains { $0.hasPrefix("Тренинг ") && $0.contains("60% / 85%") && $0.contains("10 / 25") })
    }

    @Test func showOneFormAsMarkdown() throws {
        let run = try CLI.run(["standard", "show", "--form", "internship", "--format", "markdown", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("| Internship | 50% / 85% | 1 / 5 | — | — | — | — |\n"))
        #expect(!run.stdout.contains("Seminar"))
    }

    @Test func showAsJSONIsValidJSON() throws {
        let run = try CLI.run(["standard", "show", "--format", "json"])
        #expect(run.status == 0)
        let root = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((root?["kinds"] as? [Any])?.count == 6)
    }

    @Test func showAnUnknownFormExitsTwoWithTheClosestName() throws {
        let run = try CLI.run(["standard", "show", "--form", "semniar", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'seminar'?"))
    }

    @Test func showAnUnknownFormatIsAUsageError() throws {
        let run = try CLI.run(["standard", "show", "--format", "html"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("markdown"))
    }

    /// The examples files sit in the standard folder; checking with that folder must give
    /// exactly what the built-in standard gives.
    @Test func checkWithTheStandardsFolderIgnoresNothingBecauseOfTheExamples() throws {
        let builtIn = try CLI.run(["check", "--format", "json", "Samples"])
        let folder = try CLI.run(["check", "--format", "json", "--standard", "Standards", "Samples"])
        #expect(folder.status == builtIn.status)
        #expect(folder.stdout == builtIn.stdout)
        #expect(folder.stderr.isEmpty)
    }

    static func standardFiles() throws -> [String] {
        let root = CLI.root + "/Standards"
        return try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".yaml") }
    }

    static func copyOfStandards() throws -> String {
        let folder = try CLI.temporaryFolder() + "/Standards"
        try FileManager.default.copyItem(atPath: CLI.root + "/Standards", toPath: folder)
        return folder
    }
}
