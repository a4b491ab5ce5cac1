import Foundation
@testable import GSZKit
import Testing

/// A summary an officer can file: each report counted once, rows by reporting period, the
/// issuing body and date, a block to sign, and A4 pages with numbers and a running header.
@Suite struct SummaryFilingTests {
    static func report(contract: String? = nil, period: String = "{from: 2026-01-01, to: 2026-06-30}", participants: Int = 30) -> String {
        """
        report:
          ngo: {name: ОФ «Болашақ», bin: "180540012343"}
          project: P
        \(contract.map { "  contract: \($0)\n" } ?? "")  period: \(period)
        services:
          - id: L
            kind: training
            form: lecture
            date: \(period.contains("07-01") ? "2026-09-01" : "2026-03-01")
            participants: \(participants)
            feedback: {respondents: 10, satisfied: 9}
        """
    }

    private func summary(_ files: [(String, String)]) -> MonitoringSummary {
        var summary = MonitoringSummary(standard: Rendering.standard)
        for (path, text) in files { summary.add(Rendering.report(text, path: path)) }
        return summary
    }

    @Test("the same bytes under two names count once, with the file they repeat")
    func sameContent() {
        let text = Self.report()
        let summary = summary([("a.yaml", text), ("copy/a.yaml", text)])
        #expect(summary.total.participants == 30)
        #expect(summary.duplicates == [DuplicateReport(path: "copy/a.yaml", first: "a.yaml", sameContent: true)])
    }

    @Test("the same NGO, contract and period count once even when the files differ")
    func sameReport() {
        let summary = summary([("a.yaml", Self.report(contract: "ГСЗ-1")), ("b.yaml", Self.report(contract: "ГСЗ-1", participants: 31))])
        #expect(summary.total.participants == 30)
        #expect(summary.duplicates == [DuplicateReport(path: "b.yaml", first: "a.yaml", sameContent: false)])
        // Another contract, or no contract at all, is another report.
        let two = self.summary([("a.yaml", Self.report(contract: "ГСЗ-1")), ("b.yaml", Self.report(contract: "ГСЗ-2", participants: 31)),
                                ("c.yaml", Self.report(participants: 32))])
        #expect(two.duplicates.isEmpty && two.total.participants == 93)
    }

    @Test("rows are grouped by half-year, earliest first, each with its total", arguments: Language.allCases)
    func periods(_ language: Language) {
        let summary = summary([("h2.yaml", Self.report(period: "{from: 2026-07-01, to: 2026-12-31}")), ("h1.yaml", Self.report())])
        #expect(summary.periods.map(\.id) == ["2026-H1", "2026-H2"])
        #expect(summary.slices.map { $0.summary.total.participants } == [30, 30])
        var output = OutputBuffer()
        SummaryFormatName.text.render(summary, language: language, toolVersion: "test", into: &output)
        let text = String(decoding: output.bytes, as: UTF8.self)
        let first = summary.periods[0].name(in: language), second = summary.periods[1].name(in: language)
        #expect(first != second)
        #expect(text.contains("\n" + first + "\n") && text.contains("\n" + second + "\n"))
        #expect(text.range(of: "\n" + first + "\n")!.lowerBound < text.range(of: "\n" + second + "\n")!.lowerBound)
    }

    @Test("a period across half-years is named as written", arguments: [
        ("{from: 2026-01-01, to: 2026-06-30}", "2026-H1"), ("{from: 2026-07-01, to: 2026-12-31}", "2026-H2"),
        ("{from: 2026-01-01, to: 2026-12-31}", "2026-01-01..2026-12-31"), ("{from: 2025-10-01, to: 2026-03-31}", "2025-10-01..2026-03-31"),
    ])
    func periodID(_ period: String, _ id: String) {
        #expect(summary([("a.yaml", Self.report(period: period))]).periods.map(\.id) == [id])
    }

    @Test("the HTML page: body and date, signatures, A4 pages numbered under a running header", arguments: Language.allCases)
    func html(_ language: Language) {
        let summary = summary([("a.yaml", Self.report()), ("b.yaml", Self.report())])
        var output = OutputBuffer()
        SummaryFormatName.html.render(summary, language: language, toolVersion: "test",
                                      filing: SummaryFiling(body: "ГУ \"Управление\" </style>", date: "2026-07-10"), into: &output)
        let page = String(decoding: output.bytes, as: UTF8.self)
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("counter(page) \" / \" counter(pages)"))
        #expect(page.contains("@top-center { content: \"" + Label.monitoringSummary.text(in: language) + " · ГУ \\\"Управление\\\" \\3C /style> · 2026-07-10\""))
        #expect(page.components(separatedBy: "</style>").count == 3, "the body cannot close a style element")
        #expect(page.contains(FilingWording.preparedBy.text(in: language)) && page.contains(FilingWording.approvedBy.text(in: language)))
        #expect(page.contains(summary.duplicates[0].text(in: language).replacingOccurrences(of: "«", with: "«")))
        #expect(page.contains("2026-07-10"))
    }
}
