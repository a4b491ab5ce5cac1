import Foundation
import Testing

/// `gsz check` and `gsz summary` on discussions and monitoring logs, beside reports, end to end.
@Suite struct DeadlineDocumentsCommandTests {
    @Test(arguments: [("discussion-ok", 0, "compliant"), ("discussion-late", 1, "noncompliant"),
                      ("monitoring-ok", 0, "compliant"), ("monitoring-gaps", 1, "noncompliant")])
    func samplesGetTheirVerdicts(name: String, status: Int32, verdict: String) throws {
        let (run, json) = try CLI.json(["check", "Samples/\(name).yaml"])
        #expect(run.status == status)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["verdict"] as? String == verdict)
        #expect(file["document"] as? String == String(name.prefix { $0 != "-" }))
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(finding["rule"] is String && finding["level"] is String && finding["message"] is String)
        }
    }

    @Test func theLateDiscussionCarriesDueAndActual() throws {
        let (_, json) = try CLI.json(["check", "Samples/discussion-late.yaml", "--lang", "en"])
        let findings = try #require(((json["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        let length = try #require(findings.first { $0["rule"] as? String == "discussion.length" })
        #expect(length["level"] as? String == "noncompliant")
        #expect(length["due"] as? String == "2026-09-15")
        #expect(length["actual"] as? String == "2026-09-10")
        #expect(length["message"] as? String
                == "the discussion closed on 2026-09-10, 3 working days early: it must run 10 working days, to 2026-09-15")
        let quarters = try CLI.json(["check", "Samples/monitoring-gaps.yaml"]).1
        let items = (((quarters["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])?.compactMap { $0["item"] as? String }
        #expect(items == ["P1 2026-Q1", "P1 2026-Q2", "P1 2026-Q3", "2026-H1", "2026-H2"])
    }

    @Test func anUncoveredYearExitsTwoAndNamesIt() throws {
        let text = "discussion: {body: ГУ, posted: 2027-12-27, closed: 2028-01-14}\ntopics: [{no: 1, title: t, funding: 1}]\n"
        let run = try CLI.run(["check", "-", "--lang", "en"], input: text)
        #expect(run.status == 2)
        #expect(run.stdout.contains("-:1:32: error: 'discussion.posted': counting working days needs the calendar of 2028"))
    }

    @Test func aMixedFolderIsCheckedInOneRun() throws {
        let run = try CLI.run(["check", "Samples/discussion-ok.yaml", "Samples/monitoring-ok.yaml", "Samples/maximal.yaml"])
        #expect(run.status == 0)
    }

    @Test func summaryCountsDiscussionsProjectsAndQuarters() throws {
        let run = try CLI.run(["summary", "Samples/discussion-ok.yaml", "Samples/discussion-late.yaml",
                               "Samples/monitoring-ok.yaml", "Samples/monitoring-gaps.yaml", "--lang", "en"])
        #expect(run.status == 0)
        for line in ["2  Discussions", "1  Discussions in time", "3  Projects monitored", "8  Quarters judged", "7  Quarters monitored"] {
            #expect(run.stdout.contains(line), "\(line)")
        }
    }
}
