import Foundation
import Testing

/// `gsz init`, end to end: each form's template passes `gsz check` as written.
@Suite struct InitCommandTests {
    static let forms = ["seminar", "training", "master_class", "lecture", "webinar", "video_lesson", "course", "internship"]

    @Test(arguments: forms)
    func templatePassesCheckWithoutErrors(_ form: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.yaml"
        let written = try CLI.run(["init", "--form", form, "-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        let check = try CLI.run(["check", "--format", "json", file])
        #expect(check.status != 2, "\(check.stdout)")
        let root = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let result = try #require((root?["files"] as? [[String: Any]])?.first)
        #expect((result["errors"] as? [Any])?.isEmpty == true)
        #expect((result["warnings"] as? [Any])?.isEmpty == true)
        #expect(result["verdict"] as? String != "incomplete")
    }

    @Test func consultingTemplateIsNotAssessed() throws {
        let template = try CLI.run(["init", "--kind", "consulting", "--lang", "en"])
        #expect(template.status == 0)
        #expect(template.stdout.contains("kind: consulting"))
        #expect(!template.stdout.contains("\n    form:"))
    }

    @Test func outputFileIsNotReplacedWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.yaml"
        try "mine\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init", "--form", "course", "-o", file])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine\n")
        let forced = try CLI.run(["init", "--form", "course", "-o", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("form: course"))
    }

    @Test func commentsFollowTheLanguage() throws {
        let kazakh = try CLI.run(["init", "--form", "seminar", "--lang", "kk"])
        #expect(kazakh.stdout.contains("# ҮЕҰ атауы"))
        #expect(kazakh.stdout.contains("# Семинар"))
    }

    @Test func unknownFormExitsTwoWithTheClosestName() throws {
        let run = try CLI.run(["init", "--form", "lectrue", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'lecture'?"))
    }

    @Test func formOfAKindWithoutFormsIsRefusedSayingSo() throws {
        let run = try CLI.run(["init", "--kind", "consulting", "--form", "seminar", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr == "gsz: kind 'consulting' has no forms, so there is no form 'seminar' to give: leave the form out\n",
                "\(run.stderr)")
    }

    @Test func unknownFormOfAKindListsTheFormsItAllows() throws {
        let run = try CLI.run(["init", "--kind", "training", "--form", "consulting", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("(known: 'seminar', 'training', 'master_class', 'lecture', 'webinar', 'video_lesson', 'course', 'internship')"),
                "\(run.stderr)")
    }
}
