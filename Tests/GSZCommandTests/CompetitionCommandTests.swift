import Foundation
import Testing

/// Competitions end to end: the built `gsz` on the samples, the template and the schema.
@Suite struct CompetitionCommandTests {
    @Test("each sample's verdict and exit status", arguments: [
        ("Samples/competition-held.yaml", "compliant", Int32(0)),
        ("Samples/competition-failed-ground5.yaml", "compliant", 0),
        ("Samples/competition-broken.yaml", "noncompliant", 1),
    ])
    func sample(_ path: String, _ verdict: String, _ status: Int32) throws {
        let (run, json) = try CLI.json(["check", path])
        #expect(run.status == status)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["document"] as? String == "competition")
        #expect(file["verdict"] as? String == verdict)
    }

    @Test("topics in JSON: outcome, ground, winner and ranking as the contract gives them")
    func topics() throws {
        let (_, json) = try CLI.json(["check", "Samples/competition-failed-ground5.yaml", "--lang", "en"])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let topics = try #require(file["topics"] as? [[String: Any]])
        #expect(topics.map { $0["id"] as? String } == ["T1", "T2"])
        #expect(topics[0]["outcome"] as? String == "failed")
        #expect(topics[0]["ground"] as? Int == 5)
        #expect(topics[0]["winner"] is NSNull)
        let ranking = try #require(topics[0]["ranking"] as? [[String: Any]])
        #expect(ranking.first?["id"] as? String == "A2")
        #expect(ranking.first?["score"] as? Double == 12.5)
        #expect(ranking.first?["percent"] as? Double == 50)
        #expect(topics[1]["outcome"] as? String == "held")
        #expect(topics[1]["ground"] is NSNull)
        #expect(topics[1]["winner"] as? String == "A3")
    }

    @Test("the broken sample names the rules it breaks, per item where the rule is per item")
    func broken() throws {
        let (_, json) = try CLI.json(["check", "Samples/competition-broken.yaml"])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let findings = try #require(file["findings"] as? [[String: Any]])
        let broken = Set(findings.filter { $0["level"] as? String == "noncompliant" }
            .map { [$0["rule"] as? String, $0["item"] as? String].compactMap { $0 }.joined(separator: " ") })
        #expect(broken == [
            "plan.deadline", "announcement.contents", "application.admission A2", "commission.size",
            "commission.shares", "commission.operator_staff", "experts.notified", "evaluation.length",
            "score.range A1 Омаров Т.", "score.member A1 Смагулова Р.", "score.member A2 Петров С.",
        ])
        let plan = try #require(findings.first { $0["rule"] as? String == "plan.deadline" })
        #expect(plan["due"] as? String == "2026-02-06" && plan["actual"] as? String == "2026-02-12")
    }

    @Test("an input error is exit status 2, with its place")
    func inputError() throws {
        let text = try String(contentsOfFile: CLI.root + "/Samples/competition-held.yaml", encoding: .utf8)
            .replacingOccurrences(of: "    topic: T1\n    ngo: {name: ОО «Жастар", with: "    topic: T2\n    ngo: {name: ОО «Жастар")
        let run = try CLI.run(["check", "-", "--lang", "en"], input: text)
        #expect(run.status == 2)
        #expect(run.stdout.contains("-:39:12: error: 'applications.topic': no topic 'T2' in this competition; did you mean 'T1'?"))
    }

    @Test("the template passes gsz check in every language", arguments: ["ru", "kk", "en"])
    func template(_ language: String) throws {
        let template = try CLI.run(["init", "--document", "competition", "--lang", language])
        #expect(template.status == 0)
        let check = try CLI.run(["check", "-", "--lang", language], input: template.stdout)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("the committed competition schema is the generated one")
    func schema() throws {
        let run = try CLI.run(["schema", "--document", "competition"])
        #expect(run.status == 0)
        let committed = try String(contentsOfFile: CLI.root + "/Schema/competition.schema.json", encoding: .utf8)
        #expect(run.stdout == committed, "regenerate with: gsz schema --document competition > Schema/competition.schema.json")
    }

    @Test("the summary counts topics held and failed per ground")
    func summary() throws {
        let run = try CLI.run(["summary", "Samples/competition-held.yaml", "Samples/competition-failed-ground5.yaml",
                               "Samples/competition-broken.yaml", "--format", "csv"])
        let rows = run.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        func count(_ id: String) -> String? { rows.first { $0.count > 6 && $0[3] == id }.map { String($0[6]) } }
        #expect(count("competition_topics_held") == "3")
        #expect(count("competition_topics_failed_ground_5") == "1")
        #expect(count("competition_topics_failed_ground_1") == "0")
    }

    @Test("the HTML page shows the commission, the criteria, the outcome and the rules broken", arguments: ["ru", "kk", "en"])
    func html(_ language: String) throws {
        let run = try CLI.run(["check", "Samples/competition-broken.yaml", "--format", "html", "--lang", language])
        let words: [String: [String]] = [
            "ru": ["Конкурсная комиссия", "Общий потенциал организации", "Нарушения правил", "Смагулова Р."],
            "kk": ["Конкурстық комиссия", "Ұйымның жалпы әлеуеті", "Ережелерді бұзу", "Смагулова Р."],
            "en": ["The competition commission", "Overall capacity of the organisation", "Rules broken", "Смагулова Р."],
        ]
        for word in words[language] ?? [] { #expect(run.stdout.contains(word), "\(word)") }
        #expect(run.stdout.contains("<code>commission.size</code>"))
        #expect(!run.stdout.contains("<code>commission.roles</code>"), "a rule met is not listed among those broken")
    }
}
