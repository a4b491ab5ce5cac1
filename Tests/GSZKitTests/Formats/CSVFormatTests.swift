@testable import GSZKit
import Testing

/// Reads RFC 4180 CSV (CRLF records, quoted fields with doubled quotes); written here so the
/// format is checked by a reader that shares no code with the writer.
enum CSVReader {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" && pending == "\n" {
                pending = scalars.next()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }
}

@Suite struct CSVFormatTests {
    let records = CSVReader.records(FormatBatch.text(.csv))

    @Test("a header, then one row per service, or one row for a file with input errors")
    func rows() throws {
        let header = try #require(records.first)
        #expect(Array(header.prefix(7)) == ["file", "ngo", "bin", "service", "kind", "form", "verdict"])
        #expect(Array(header.suffix(3)) == ["problem", "due", "actual"])
        #expect(header.count == 10 + 2 * FormatBatch.standard.indicators.count)
        #expect(records.allSatisfy { $0.count == header.count })
        var rows = records.dropFirst()[...]
        for result in FormatBatch.results {
            let expected = result.errors.isEmpty ? result.services.count : 1
            let mine = rows.prefix(expected)
            rows = rows.dropFirst(expected)
            #expect(mine.allSatisfy { $0[0] == result.path }, "\(result.path)")
            if result.errors.isEmpty {
                #expect(mine.map { $0[3] } == result.services.map(\.id))
                #expect(mine.map { $0[6] } == result.services.map(\.verdict.rawValue))
                #expect(mine.allSatisfy { $0.suffix(3).allSatisfy(\.isEmpty) })
            } else {
                #expect(mine.first?[6] == "error")
                #expect(mine.first?.dropLast(2).last == result.errors.first?.message.text(in: .en))
            }
        }
        #expect(rows.isEmpty)
    }

    @Test("each indicator's value and level sit in its own two columns")
    func indicatorColumns() throws {
        let header = try #require(records.first)
        let rows = records.dropFirst().filter { $0[6] != "error" }
        for (row, service) in zip(rows, FormatBatch.results.flatMap(\.services)) {
            for definition in FormatBatch.standard.indicators {
                let value = try #require(header.firstIndex(of: definition.id + "_value"))
                let indicator = service.indicators.first { $0.id == definition.id }
                #expect(row[value + 1] == (indicator?.level.rawValue ?? ""))
                #expect(Double(row[value]) == indicator?.value, "\(service.id) \(definition.id)")
            }
        }
    }

    @Test("texts round-trip, quotes and commas as written, controls as their visible escapes")
    func roundTrip() throws {
        let tricky = try #require(FormatBatch.results.first { $0.path == FormatBatch.trickyPath })
        let row = try #require(records.first { $0[0] == FormatBatch.trickyPath })
        let ngo = try #require(tricky.identity?.ngo)
        #expect(ngo.unicodeScalars.contains { VisibleText.mustEscape($0) }, "the tricky report should hold controls")
        #expect(row[1] == VisibleText.escape(ngo))
        #expect(row[3] == tricky.services.first?.id)
    }

    @Test("quoting per RFC 4180, controls escaped", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "two\\nlines"),
        ("\u{1B}[2J, \u{202E}x\r", "\"\\x1B[2J, \\u202Ex\\r\""),
        ("", ""), ("ОФ «Әлем»", "ОФ «Әлем»"),
    ])
    func quoting(_ field: String, _ expected: String) {
        #expect(CSVFormat.quoted(field) == expected)
    }

    @Test("UTF-8 without a byte-order mark, CRLF line ends")
    func encoding() {
        let bytes = FormatBatch.render(.csv)
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
    }

    /// A rule about a deadline gives its due date and the date it was met on, as JSON does.
    @Test func aDeadlineRuleHasItsDueAndActualDates() throws {
        let result = Rendering.sample("discussion-late")
        let rows = CSVReader.records(Rendering.render(CSVFormat.self, [result], Rendering.options(.en)))
        let header = try #require(rows.first)
        let rule = try #require(header.firstIndex(of: "form"))
        let length = try #require(rows.first { $0[rule] == "discussion.length" })
        #expect(Array(length.suffix(2)) == ["2026-09-15", "2026-09-10"])
        let finding = try #require(result.findings.first { $0.rule == "discussion.length" })
        #expect(length.suffix(2) == [finding.due?.description, finding.actual?.description].compactMap { $0 }[...])
    }
}
