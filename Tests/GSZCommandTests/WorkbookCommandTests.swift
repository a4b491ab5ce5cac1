import Foundation
import Testing

/// Workbooks as users meet them: written by openpyxl and LibreOffice, filled in from the
/// template, results opened by openpyxl; checked by the built `gsz`.
@Suite(.serialized) struct WorkbookCommandTests {
    /// Runs a helper under `Tools/workbook/` with Python (openpyxl, PyYAML; `.ci/run` installs them).
    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    /// A file's verdict, its services' verdicts and its error codes, from gsz's JSON.
    static func outcome(_ path: String) throws -> (status: Int32, verdict: String, services: [String], errors: [String]) {
        let (run, json) = try CLI.json(["check", path])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let services = (file["services"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "")=\($0["verdict"] ?? "")" }
        let errors = (file["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }.sorted()
        return (run.status, file["verdict"] as? String ?? "", services, errors)
    }

    static let samples = ["minimal", "maximal", "incomplete", "noncompliant", "not-assessed", "errors"]

    @Test("every sample, written by openpyxl in three ways, gets its YAML's verdict, services and errors",
          arguments: samples)
    func openpyxlWorkbooksMatchTheirYAML(_ name: String) throws {
        let folder = try CLI.temporaryFolder()
        let yaml = try Self.outcome("Samples/\(name).yaml")
        for (index, variant) in [["--dates", "cells"], ["--dates", "text", "--bin-number"], ["--dates", "dotted"]].enumerated() {
            let path = "\(folder)/\(name)-\(index).xlsx"
            _ = try Self.python(["Tools/workbook/yaml_to_xlsx.py", "Samples/\(name).yaml", path, "--shuffle", "\(index + 7)"] + variant)
            let book = try Self.outcome(path)
            #expect(book.verdict == yaml.verdict && book.status == yaml.status, "\(name) \(variant)")
            #expect(book.services == yaml.services, "\(name) \(variant)")
            #expect(book.errors == yaml.errors, "\(name) \(variant)")
        }
    }

    /// Saved by LibreOffice Calc (shared strings, its own styles and date formats).
    @Test(arguments: [("minimal", "minimal"), ("maximal", "maximal"), ("noncompliant", "noncompliant"), ("errors", "error"),
                      ("template-course", "noncompliant")])
    func libreOfficeWorkbooks(_ name: String, _ verdict: String) throws {
        let result = try Self.outcome("Tests/GSZCommandTests/Fixtures/xlsx/\(name).xlsx")
        #expect(result.verdict == verdict)
        if FileManager.default.fileExists(atPath: CLI.root + "/Samples/\(name).yaml"), let yaml = try? Self.outcome("Samples/\(name).yaml") { #expect(result.errors == yaml.errors && result.services == yaml.services) }
    }

    /// The minimal report saved by LibreOffice in its own format and as Excel 97–2003, and
    /// the same workbook encrypted with a password by msoffcrypto-tool: each is named for
    /// what it is, with what to do, not "damaged".
    @Test(arguments: [("minimal.ods", "workbook_not_a_workbook", "an OpenDocument spreadsheet (.ods)"),
                      ("minimal.xls", "workbook_not_a_workbook", "an Excel 97–2003 workbook (.xls)"),
                      ("minimal-password.xlsx", "workbook_encrypted", "the workbook is protected by a password")])
    func spreadsheetsOfOtherKinds(_ name: String, _ code: String, _ words: String) throws {
        let path = "Tests/GSZCommandTests/Fixtures/spreadsheets/\(name)"
        let result = try Self.outcome(path)
        #expect(result.status == 2 && result.errors == [code])
        let run = try CLI.run(["check", path, "--lang", "en"])
        #expect(run.stdout.contains("\(path): error: \(words)"), "\(run.stdout)")
    }

    @Test("a folder walk passes over .ods and .xls files and names them on standard error, the first five")
    func spreadsheetsPassedOverAreNamed() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.root + "/Samples/minimal.yaml", toPath: folder + "/minimal.yaml")
        let fixtures = CLI.root + "/Tests/GSZCommandTests/Fixtures/spreadsheets/"
        try FileManager.default.copyItem(atPath: fixtures + "minimal.xls", toPath: folder + "/B.XLS")
        try FileManager.default.copyItem(atPath: fixtures + "minimal.ods", toPath: folder + "/sub/a.ods")
        try FileManager.default.copyItem(atPath: fixtures + "minimal.ods", toPath: folder + "/.hidden.ods")
        for command in [["check", folder, "--format", "json"], ["summary", folder, "--format", "csv"]] {
            let run = try CLI.run(command + ["--lang", "en"])
            #expect(run.status == 0, "\(command[0]): \(run.stderr)")
            #expect(run.stderr == "gsz: passed over spreadsheets gsz does not read: '\(folder)/B.XLS', '\(folder)/sub/a.ods'; "
                    + "save each as an Excel workbook (.xlsx) to check it\n", "\(command[0])")
        }
        let (_, json) = try CLI.json(["check", folder])
        #expect((json["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == [folder + "/minimal.yaml"])
        for index in 1...5 { try FileManager.default.copyItem(atPath: fixtures + "minimal.ods", toPath: folder + "/sub/\(index).ods") }
        let many = try CLI.run(["check", folder, "--lang", "en", "--quiet"])
        #expect(many.stderr.contains("'\(folder)/sub/4.ods' and 2 more; save each"), "\(many.stderr)")
        // Named on the command line, a spreadsheet is checked, and gets its error.
        #expect(try Self.outcome(folder + "/sub/a.ods").errors == ["workbook_not_a_workbook"])
    }

    @Test func placesAreCellsInTextAndJSON() throws {
        let run = try CLI.run(["check", "Tests/GSZCommandTests/Fixtures/xlsx/errors.xlsx", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("Tests/GSZCommandTests/Fixtures/xlsx/errors.xlsx:Отчёт!C3: error: BIN '180540012344' fails its check digit"))
        let (_, json) = try CLI.json(["check", "Tests/GSZCommandTests/Fixtures/xlsx/errors.xlsx"])
        let errors = try #require((json["files"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]])
        #expect(errors.allSatisfy { $0["sheet"] is String && $0["cell"] is String && $0["line"] is Int })
    }

    @Test func aFolderWalkPicksUpWorkbooks() throws {
        let (run, json) = try CLI.json(["check", "Tests/GSZCommandTests/Fixtures/xlsx"])
        #expect(run.status == 2)
        #expect((json["files"] as? [[String: Any]])?.count == 5)
    }

    @Test("the template passes as written and, filled in by openpyxl, gets the verdict of what was filled in")
    func templateFilledByAProgram() throws {
        let folder = try CLI.temporaryFolder()
        for language in ["ru", "kk", "en"] {
            let template = "\(folder)/template-\(language).xlsx"
            #expect(try CLI.run(["init", "--format", "xlsx", "--form", "seminar", "--lang", language, "-o", template]).status == 0)
            #expect(try Self.outcome(template).verdict == "minimal")
            let filled = "\(folder)/filled-\(language).xlsx"
            _ = try Self.python(["Tools/workbook/fill_template.py", template, filled,
                                 "id=A kind=training form=seminar dates.from=2026-03-02 dates.to=2026-03-03 hours=8 participants=40 "
                                    + "provider.experience_years=2 feedback.respondents=30 feedback.satisfied=29",
                                 "id=B kind=training form=seminar date=2026-04-01 hours=1 participants=20 provider.experience_years=2"])
            let result = try Self.outcome(filled)
            #expect(result.services == ["A=maximal", "B=noncompliant"])
            #expect(result.status == 1)
        }
    }

    @Test("every form's template workbook gets the verdict of its YAML template",
          arguments: ["seminar", "training", "master_class", "lecture", "webinar", "course", "internship"])
    func templateMatchesYAMLTemplate(_ form: String) throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", "--form", form, "-o", "\(folder)/t.yaml"]).status == 0)
        #expect(try CLI.run(["init", "--format", "xlsx", "--form", form, "-o", "\(folder)/t.xlsx"]).status == 0)
        let yaml = try Self.outcome("\(folder)/t.yaml")
        let book = try Self.outcome("\(folder)/t.xlsx")
        #expect(book.verdict == yaml.verdict && book.errors.isEmpty)
    }

    @Test("results workbook rows match the JSON services one to one")
    func resultsMatchJSON() throws {
        let folder = try CLI.temporaryFolder()
        let path = "\(folder)/results.xlsx"
        let (run, json) = try CLI.json(["check", "Samples", "Tests/GSZCommandTests/Fixtures/xlsx", "--output", "xlsx=\(path)"])
        #expect(run.status == 2)
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(Self.python(["Tools/workbook/read_results.py", path]).utf8)) as? [String: Any])
        let rows = try #require(dump["rows"] as? [[String: Any]])
        var expected: [[String: String]] = []
        for file in json["files"] as? [[String: Any]] ?? [] {
            for service in file["services"] as? [[String: Any]] ?? [] {
                var row = ["path": "\(file["path"] ?? "")", "id": "\(service["id"] ?? "")", "verdict": "\(service["verdict"] ?? "")"]
                for indicator in service["indicators"] as? [[String: Any]] ?? [] {
                    let id = "\(indicator["id"] ?? "")"
                    row[id + ".level"] = "\(indicator["level"] ?? "")"
                    if let value = indicator["value"] as? Double { row[id + ".value"] = "\(value)" }
                }
                expected.append(row)
            }
        }
        let actual = rows.map { row in
            Dictionary(uniqueKeysWithValues: row.compactMap { key, value -> (String, String)? in
                let keep = ["path", "id", "verdict"].contains(key) || key.hasSuffix(".level") || key.hasSuffix(".value")
                guard keep else { return nil }
                return (key, (value as? NSNumber).map { key.hasSuffix(".value") ? "\($0.doubleValue)" : "\($0)" } ?? "\(value)")
            })
        }
        #expect(actual == expected)
        #expect(dump["sheets"] as? [String] == ["Totals", "Files", "Services", "Rules", "Errors and warnings"])
    }

    @Test("the rules sheet has the JSON findings of discussions, monitoring logs and competitions, one row each")
    func rulesMatchJSON() throws {
        let folder = try CLI.temporaryFolder()
        let path = "\(folder)/results.xlsx"
        let (_, json) = try CLI.json(["check", "Samples", "--output", "xlsx=\(path)"])
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(Self.python(["Tools/workbook/read_results.py", path, "3"]).utf8)) as? [String: Any])
        let rows = try #require(dump["rows"] as? [[String: Any]])
        var expected: [[String: String]] = []
        for file in json["files"] as? [[String: Any]] ?? [] {
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                var row = ["path": "\(file["path"] ?? "")", "document": "\(file["document"] ?? "")",
                           "rule": "\(finding["rule"] ?? "")", "level": "\(finding["level"] ?? "")"]
                for key in ["item", "due", "actual"] { if let value = finding[key] as? String { row[key] = value } }
                expected.append(row)
            }
        }
        let actual = rows.map { row in
            Dictionary(uniqueKeysWithValues: row.compactMap { key, value -> (String, String)? in
                ["path", "document", "item", "rule", "level", "due", "actual"].contains(key) ? (key, "\(value)") : nil
            })
        }
        #expect(!expected.isEmpty)
        #expect(actual == expected)
    }

    @Test("LibreOffice opens the template and the results and converts them to PDF")
    func libreOfficeConvertsToPDF() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", "--format", "xlsx", "-o", "\(folder)/template.xlsx"]).status == 0)
        #expect(try CLI.run(["check", "Samples", "--output", "xlsx=\(folder)/results.xlsx"]).status == 2)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["libreoffice", "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "pdf",
                             "--outdir", folder, "\(folder)/template.xlsx", "\(folder)/results.xlsx"]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for name in ["template", "results"] {
            let pdf = FileManager.default.contents(atPath: "\(folder)/\(name).pdf") ?? Data()
            #expect(pdf.starts(with: Data("%PDF".utf8)), "\(name).pdf")
        }
    }

    @Test func summaryWorkbookHoldsNumbers() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["summary", "Samples", "--format", "xlsx", "-o", "\(folder)/s.xlsx"]).status == 0)
        let dump = try JSONSerialization.jsonObject(with: Data(Self.python(["Tools/workbook/read_results.py", "\(folder)/s.xlsx", "0"]).utf8))
        let rows = try #require((dump as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.contains { $0["services"] is NSNumber && $0["participants"] is NSNumber })
    }

    @Test("a workbook is never written to a terminal", arguments: [["init", "--format", "xlsx"], ["check", "Samples/minimal.yaml", "--format", "xlsx"],
                                                                   ["summary", "Samples", "--format", "xlsx"]])
    func refusedOnATerminal(_ arguments: [String]) throws {
        // script(1) gives the command a terminal for standard output.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", ([try CLI.binary] + arguments + ["--lang", "en"]).joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = Pipe()
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("is a binary format"))
    }

    @Test("hostile workbooks end in a located error, one each", arguments: [
        ("zip-bomb", "workbook_too_large"), ("million-rows", "workbook_too_large"), ("huge-cell", "workbook_zip_bomb"),
        ("entities", "workbook_doctype"), ("encrypted", "workbook_encrypted"), ("not-a-workbook", "workbook_not_a_workbook"),
        ("truncated", "workbook_not_a_workbook"),
    ])
    func hostile(_ name: String, _ code: String) throws {
        let folder = try #require(Self.hostileFolder)
        let result = try Self.outcome("\(folder)/\(name).xlsx")
        #expect(result.status == 2 && result.errors == [code])
    }

    /// Made once for the suite: the million-row file takes a few seconds to write.
    static let hostileFolder: String? = {
        guard let folder = try? CLI.temporaryFolder(), (try? python(["Tools/workbook/hostile.py", folder])) != nil else { return nil }
        return folder
    }()
}
