import Testing
@testable import GSZKit
import GSZWorkbook

/// Each summary format says the same figures, in the reader's language, and keeps report
/// text from turning into syntax.
@Suite struct SummaryFormatTests {
    static let samples: MonitoringSummary = {
        var summary = MonitoringSummary(standard: Rendering.standard)
        for name in Rendering.sampleNames { summary.add(Rendering.sample(name)) }
        return summary
    }()

    static func render(_ format: SummaryFormatName, _ summary: MonitoringSummary = samples, _ language: Language = .ru) -> String {
        var output = OutputBuffer()
        format.render(summary, language: language, toolVersion: "test", into: &output)
        guard format == .xlsx else { return String(decoding: output.bytes, as: UTF8.self) }
        // A workbook's text: its sheet names and every text cell, a line each.
        let workbook = (try? Workbook.read(output.bytes))?.sheets ?? []
        return workbook.flatMap { sheet in
            [sheet.name] + sheet.cells.compactMap { if case .text(let text) = $0.value { text } else { nil } }
        }.joined(separator: "\n")
    }

    @Test(arguments: SummaryFormatName.allCases, Language.allCases)
    func everyFormatNamesEveryNGOFormAndUncheckedFile(_ format: SummaryFormatName, _ language: Language) {
        let text = Self.render(format, Self.samples, language)
        for row in Self.samples.rows {
            #expect(text.contains(row.bin))
            #expect(text.contains(Self.samples.formName(row, in: language)))
        }
        for file in Self.samples.unchecked { #expect(text.contains(file.path)) }
        if format != .csv { #expect(text.contains(Label.monitoringSummary.text(in: language))) }
    }

    @Test func kazakhCallsTheBINBSN() {
        #expect(Self.render(.text, Self.samples, .kk).contains("БСН"))
        #expect(Self.render(.markdown, Self.samples, .kk).contains("| ҮЕҰ | БСН |"))
    }

    @Test func columnTitlesExistAndDifferInEveryLanguage() {
        for language in Language.allCases {
            let titles = SummaryColumn.all.map { $0.title(in: language) }
            let shorts = SummaryColumn.all.map { $0.short(in: language) }
            #expect(Set(titles).count == titles.count && !titles.contains(""), "\(titles)")
            #expect(Set(shorts).count == shorts.count && !shorts.contains(""), "\(shorts)")
        }
        #expect(Set(SummaryColumn.all.map(\.id)).count == SummaryColumn.all.count)
    }

    @Test func csvHasStableIDsAndOneLinePerRow() {
        let csv = Self.render(.csv)
        #expect(csv.hasPrefix("row,ngo,bin,kind,form,form_name,services,maximal,minimal,incomplete,noncompliant,not_assessed,participants,mean_satisfaction,success_stories,"))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 1 + Self.samples.rows.count + 1 + Self.samples.unchecked.count)
        #expect(lines.contains { $0.hasPrefix("total,,,,,,10,") })
        #expect(csv.contains("88.24"))  // a decimal point, whatever the language
    }

    @Test func csvQuotesNamesThatHoldCommasAndQuotes() {
        var summary = MonitoringSummary(standard: Rendering.standard)
        summary.add(Rendering.report(MonitoringSummaryTests.report(ngo: "ОФ \\\"А, Б\\\"", bin: "940140000385",
            services: MonitoringSummaryTests.lecture("L", satisfied: 9, respondents: 10))))
        #expect(Self.render(.csv, summary).contains("\r\nform,\"ОФ \"\"А, Б\"\"\",940140000385,"))
    }

    @Test func markdownKeepsNamesInTheirCells() {
        var summary = MonitoringSummary(standard: Rendering.standard)
        summary.add(Rendering.report(MonitoringSummaryTests.report(ngo: "А | Б <b>", bin: "940140000385",
            services: MonitoringSummaryTests.lecture("L", satisfied: 9, respondents: 10))))
        #expect(Self.render(.markdown, summary).contains("| А \\| Б \\<b\\> | 940140000385 |"))
    }

    @Test func htmlKeepsReportTextAsText() {
        var summary = MonitoringSummary(standard: Rendering.standard)
        summary.add(Rendering.report(MonitoringSummaryTests.report(ngo: "<script>x</script>", bin: "940140000385",
            services: MonitoringSummaryTests.lecture("L", satisfied: 9, respondents: 10))))
        summary.add(Rendering.report("services: []", path: "<img>.yaml"))
        let page = Self.render(.html, summary)
        #expect(!page.contains("<script>x"))
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(page.contains("&lt;img&gt;.yaml"))
        #expect(page.contains("<html lang=\"ru\">"))
    }

    @Test(arguments: Language.allCases)
    func theTerminalTableLeavesRoomForNamesInAHundredColumns(_ language: Language) {
        // The numbers come first and stay narrow; the form's name ends the line, so a long
        // one runs past the edge without pushing any column out of line.
        let names = Self.samples.rows.map { Self.samples.formName($0, in: language) } + [Label.total.text(in: language)]
        let lines = Self.render(.text, Self.samples, language).split(separator: "\n").map(String.init)
        var rows = 0
        for line in lines {
            guard let name = names.first(where: { line.hasSuffix("  " + $0) }), line.hasPrefix("  ") else { continue }
            rows += 1
            #expect(line.count - name.count <= 80, "\(line)")
        }
        // A total under each reporting period's table.
        #expect(rows == Self.samples.rows.count + Self.samples.slices.count)
    }
}
