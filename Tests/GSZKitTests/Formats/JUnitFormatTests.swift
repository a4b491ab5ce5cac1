import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GSZKit
import Testing

/// JUnit XML read back with a real XML parser, counts checked against the results.
@Suite struct JUnitFormatTests {
    private func document(required: RequiredLevel = .minimal) throws -> XMLDocument {
        try XMLDocument(data: Data(FormatBatch.render(.junit, required: required)), options: [])
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(forName: name)?.stringValue
    }

    @Test("one testsuite per file, named by its path, with counts that match its test cases",
          arguments: [RequiredLevel.minimal, .maximal])
    func suites(_ required: RequiredLevel) throws {
        let root = try #require(try document(required: required).rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { attribute($0, "name") } == FormatBatch.results.map(\.path))
        for (suite, result) in zip(suites, FormatBatch.results) {
            let cases = suite.elements(forName: "testcase")
            let failures = cases.filter { !$0.elements(forName: "failure").isEmpty }
            let errors = cases.filter { !$0.elements(forName: "error").isEmpty }
            let skipped = cases.filter { !$0.elements(forName: "skipped").isEmpty }
            #expect(attribute(suite, "tests") == String(cases.count))
            #expect(attribute(suite, "failures") == String(failures.count))
            #expect(attribute(suite, "errors") == String(errors.count))
            #expect(attribute(suite, "skipped") == String(skipped.count))
            if result.errors.isEmpty {
                #expect(cases.count == result.services.count)
                #expect(failures.count == result.services.count { !$0.verdict.passes(required) })
                #expect(skipped.count == result.services.count { $0.verdict == .notAssessed })
                #expect(cases.compactMap { attribute($0, "classname") }.allSatisfy { $0 == result.path })
            } else {
                #expect(cases.count == 1 && errors.count == 1)
                let body = errors.first?.elements(forName: "error").first?.stringValue ?? ""
                #expect(body.split(separator: "\n").count == result.errors.count)
            }
        }
    }

    @Test("a failure lists each indicator below --require, with its value and hint")
    func failureBodies() throws {
        let root = try #require(try document().rootElement())
        let failures = root.elements(forName: "testsuite").flatMap { $0.elements(forName: "testcase") }
            .flatMap { $0.elements(forName: "failure") }
        let failing = FormatBatch.results.flatMap(\.services).filter { !$0.verdict.passes(.minimal) }
        #expect(failures.count == failing.count)
        for (failure, service) in zip(failures, failing) {
            let lines = (failure.stringValue ?? "").split(separator: "\n")
            let indicators = service.indicators.filter { !$0.level.passes(.minimal) }
            #expect(lines.count == indicators.count)
            for (line, indicator) in zip(lines, indicators) {
                #expect(line.contains(indicator.definition.name[.en]))
                #expect(line.contains(indicator.level.name(in: .en)))
            }
        }
    }

    @Test("texts survive escaping: the tricky report's names read back unchanged but for control characters")
    func escaping() throws {
        let root = try #require(try document().rootElement())
        let suite = try #require(root.elements(forName: "testsuite").first { attribute($0, "name") == FormatBatch.trickyPath })
        let properties = suite.elements(forName: "properties").first?.elements(forName: "property") ?? []
        let values = Dictionary(properties.compactMap { p in attribute(p, "name").map { ($0, attribute(p, "value") ?? "") } },
                                uniquingKeysWith: { first, _ in first })
        let result = try #require(FormatBatch.results.first { $0.path == FormatBatch.trickyPath })
        let clean = { (text: String) in
            String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0.properties.generalCategory == .control && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0
            }))
        }
        #expect(values["ngo"] == result.identity?.ngo.map(clean))
        #expect(values["project"] == result.identity?.project)
        #expect(suite.elements(forName: "system-out").first?.stringValue?.contains("warning: ") == true)
    }
}

/// GitLab links a JUnit test case to its file through the `file` attribute.
@Suite struct JUnitFileAttributeTests {
    @Test("every test case names its report file")
    func fileAttribute() throws {
        let document = try XMLDocument(data: Data(FormatBatch.render(.junit)), options: [])
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(!cases.isEmpty)
        for element in cases {
            #expect(element.attribute(forName: "file")?.stringValue == element.attribute(forName: "classname")?.stringValue)
        }
    }
}
