import Foundation
import Testing

/// `gsz summary` end to end: its counts are those `gsz check --format json` gives for the
/// same batch, it speaks the reader's language, and it writes where it is told.
@Suite struct SummaryCommandTests {
    /// Service counts per NGO, BIN, kind and form, and per verdict, from the check's JSON.
    struct Counts: Equatable {
        var services: [String: Int] = [:]
        var verdicts: [String: Int] = [:]
        var unchecked: [String: String] = [:]  // path → line of the first error
    }

    static func key(_ ngo: String, _ bin: String, _ kind: String, _ form: String) -> String {
        [ngo, bin, kind, form].joined(separator: "/")
    }

    static func countsFromCheck(_ paths: [String]) throws -> Counts {
        let (_, json) = try CLI.json(["check"] + paths)
        let files = try #require(json["files"] as? [[String: Any]])
        var counts = Counts()
        for file in files {
            if file["verdict"] as? String == "error" {
                let first = (file["errors"] as? [[String: Any]])?.first
                counts.unchecked[file["path"] as? String ?? ""] = (first?["line"] as? Int).map(String.init) ?? ""
                continue
            }
            let report = file["report"] as? [String: Any] ?? [:]
            for service in file["services"] as? [[String: Any]] ?? [] {
                let key = Self.key(report["ngo"] as? String ?? "", report["bin"] as? String ?? "",
                                   service["kind"] as? String ?? "", service["form"] as? String ?? "")
                counts.services[key, default: 0] += 1
                counts.verdicts[key + "/" + (service["verdict"] as? String ?? ""), default: 0] += 1
            }
        }
        return counts
    }

    static func countsFromSummary(_ paths: [String]) throws -> Counts {
        let run = try CLI.run(["summary", "--format", "csv"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        var rows = CSV.parse(run.stdout)
        let header = rows.removeFirst()
        let column = { (name: String) in header.firstIndex(of: name)! }  // the CSV's column ids are fixed
        var counts = Counts()
        for row in rows {
            switch row[column("row")] {
            case "form":
                let key = Self.key(row[column("ngo")], row[column("bin")], row[column("kind")], row[column("form")])
                counts.services[key] = Int(row[column("services")])
                for verdict in ["maximal", "minimal", "incomplete", "noncompliant", "not_assessed"] {
                    let count = Int(row[column(verdict)]) ?? 0
                    if count > 0 { counts.verdicts[key + "/" + verdict] = count }
                }
            case "unchecked":
                counts.unchecked[row[column("file")]] = row[column("line")]
            default:
                break
            }
        }
        return counts
    }

    @Test func countsAgreeWithCheckOnTheSamples() throws {
        let fromCheck = try Self.countsFromCheck(["Samples"])
        let fromSummary = try Self.countsFromSummary(["Samples"])
        #expect(!fromCheck.services.isEmpty && !fromCheck.unchecked.isEmpty)
        #expect(fromSummary == fromCheck)
    }

    @Test func aFileNamedTwiceCountsOnceWhateverTheJobs() throws {
        let paths = ["Samples/minimal.yaml", "Samples", "Samples/minimal.yaml"]
        #expect(try Self.countsFromSummary(paths + ["--jobs", "1"]) == Self.countsFromCheck(["Samples"]))
        #expect(try Self.countsFromSummary(paths + ["--jobs", "3"]) == Self.countsFromCheck(["Samples"]))
        let run = try CLI.run(["summary"] + paths + ["--lang", "en"])
        #expect(run.stderr.components(separatedBy: "gsz: warning: Samples/minimal.yaml repeats Samples/minimal.yaml (the same content); counted once\n").count == 3)
    }

    @Test func theTableSpeaksTheLocaleLanguage() throws {
        let kazakh = try CLI.run(["summary", "Samples"], environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(kazakh.status == 0)
        #expect(kazakh.stdout.contains("Мониторингке арналған жиынтық"))
        #expect(kazakh.stdout.contains("БСН 180540012343"))
        let english = try CLI.run(["summary", "Samples", "--lang", "en", "--format", "markdown"],
                                  environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(english.stdout.hasPrefix("# Monitoring summary"))
    }

    @Test func outputGoesToTheNamedFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/summary.html"
        let run = try CLI.run(["summary", "Samples", "--format", "html", "-o", path, "--lang", "ru"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
        #expect(page.contains("Сводка для мониторинга"))
    }

    @Test func noReportsIsAnErrorInTheReadersLanguage() throws {
        let empty = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        for (command, language, words) in [("summary", "kk_KZ.UTF-8", "бірде-бір есеп табылмады"),
                                           ("check", "ru_RU.UTF-8", "не найдено ни одного отчёта"),
                                           ("check", "en_US.UTF-8", "no reports found")] {
            let run = try CLI.run([command, empty], environment: ["LANG": language])
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("gsz: ") && run.stderr.contains(words), "\(run.stderr)")
        }
    }

    @Test func aBadFormatIsAUsageError() throws {
        let run = try CLI.run(["summary", "Samples", "--format", "pdf"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("markdown"))
    }
}

/// Just enough RFC 4180 to read gsz's CSV back: quoted fields, doubled quotes, CR LF.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        let characters = Array(text)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var index = 0
        var quoted = false
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character != "\"" {
                    field.append(character)
                } else if index < characters.count, characters[index] == "\"" {
                    field.append("\"")  // a doubled quote is one quote
                    index += 1
                } else {
                    quoted = false
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r\n", "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}
