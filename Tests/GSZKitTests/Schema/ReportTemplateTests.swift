import GSZKit
import GSZYAML
import Testing

/// `gsz init`: a template for any form is a report gsz checks without errors or warnings,
/// and asks for exactly what the standard measures for that form.
@Suite struct ReportTemplateTests {
    static let standard = StandardToolsFixtures.builtin
    /// Every kind with each of its forms, and kinds without forms alone.
    static let targets: [String] = standard.kinds.flatMap { kind in
        kind.forms.isEmpty ? [kind.id] : kind.forms.map { kind.id + "/" + $0.id }
    }

    static func template(_ target: String) throws -> ReportTemplate {
        let parts = target.split(separator: "/").map(String.init)
        return try ReportTemplate(standard: standard, kind: parts[0], form: parts.count > 1 ? parts[1] : nil)
    }

    @Test(arguments: targets, Language.allCases)
    func templateChecksWithoutErrorsOrWarnings(_ target: String, _ language: Language) throws {
        let text = try Self.template(target).render(in: language)
        let result = Checker(standard: Self.standard).check(Array(text.utf8), path: "template.yaml")
        #expect(result.verdict != .error, "\(result.errors.map { $0.message.text(in: .en) })")
        #expect(result.warnings.isEmpty, "\(result.warnings.map { $0.message.text(in: .en) })")
        #expect(result.services.count == 1)
        // As written, a template passes: every indicator at least minimal, none noncompliant.
        #expect(result.verdict.passes(.minimal) || result.verdict == .notAssessed,
                "\(target): \(result.verdict) \(result.services.flatMap(\.indicators).map { "\($0.id) \($0.level)" })")
    }

    @Test(arguments: targets)
    func templateAsksForEveryInputTheStandardMeasures(_ target: String) throws {
        let template = try Self.template(target)
        let text = template.render(in: .en)
        let result = Checker(standard: Self.standard).check(Array(text.utf8), path: "template.yaml")
        // No indicator that applies is left without its input.
        for indicator in result.services.flatMap(\.indicators) {
            #expect(indicator.level != .missing, "\(target): \(indicator.id) missing")
        }
        let written = try Self.servicePaths(text)
        let needed = Set(template.indicators.flatMap(\.inputs))
        #expect(needed.isSubset(of: written), "\(target): \(needed.subtracting(written))")
        // Nothing the standard does not measure for this form, beyond what every service needs.
        let allowed = needed.union(Self.standard.format.service.fields.filter(\.isRequired).map(\.key))
            .union(["form", "dates", "provider", "feedback"])
        #expect(written.isSubset(of: allowed), "\(target): \(written.subtracting(allowed))")
    }

    /// The dotted paths of every key of the template's one service.
    static func servicePaths(_ text: String) throws -> Set<String> {
        let document = try #require(YAMLDocument.parse(Array(text.utf8)).document)
        let service = try #require(document.root.value(forKey: "services")?.items.first)
        var paths: Set<String> = []
        func walk(_ node: YAMLNode, _ prefix: String) {
            for (key, value) in node.pairs {
                paths.insert(prefix + key.text)
                if Self.standard.format.serviceField(prefix + key.text)?.type.shape == .object { walk(value, prefix + key.text + ".") }
            }
        }
        walk(service, "")
        return paths
    }

    @Test func unknownFormIsRefusedWithTheClosestName() {
        #expect(throws: UnknownName.self) { try ReportTemplate(standard: Self.standard, kind: nil, form: "seminr") }
        do {
            _ = try ReportTemplate(standard: Self.standard, kind: "training", form: "consulting")
            Issue.record("a form the kind does not have was accepted")
        } catch {
            #expect(error.message.id == "unknown_form")
        }
        // A kind without forms says so rather than list no forms at all.
        do {
            _ = try ReportTemplate(standard: Self.standard, kind: "consulting", form: "seminar")
            Issue.record("a form of a kind without forms was accepted")
        } catch {
            #expect(error.message == .kindWithoutForms(kind: "consulting", form: "seminar"))
        }
    }

    @Test func commentsAreInTheChosenLanguage() throws {
        let template = try ReportTemplate(standard: Self.standard, kind: nil, form: "seminar")
        #expect(template.render(in: .ru).contains("# Семинар"))
        #expect(template.render(in: .kk).contains("# ҮЕҰ атауы"))
        #expect(template.render(in: .en).contains("# The NGO's name"))
    }
}
