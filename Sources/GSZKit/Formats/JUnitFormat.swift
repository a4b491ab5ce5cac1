import GSZYAML

/// JUnit XML, as Jenkins, GitLab and the GitHub test-report actions read it: a `<testsuite>`
/// per report file, a `<testcase>` per service.
///
/// A service below `--require` fails with a `<failure>` that lists each indicator keeping it
/// there; a not-assessed service is `<skipped/>`; a file with input errors is one `<error>`
/// test case named `input`. Warnings go to the suite's `<system-out>`.
///
/// The root `<testsuites>` carries no totals: it is written before the first file is
/// checked, and every reader named above sums the suites itself.
struct JUnitFormat: OutputFormat {
    let options: RenderOptions
    private let hints: HintTexts<String>

    public init(options: RenderOptions) {
        self.options = options
        hints = HintTexts(language: options.language)
    }

    private var language: Language { options.language }

    public func begin(into output: inout OutputBuffer) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gsz\">\n")
    }

    public func file(_ result: FileResult, position: Int, into output: inout OutputBuffer) {
        let inputError = !result.errors.isEmpty || result.verdict == .error
        let services = inputError ? [] : result.services
        // A document judged by rules is a test case per rule applied; a broken rule, or one
        // without its input, fails.
        let findings = inputError ? [] : result.findings
        let failing = services.count(where: { !$0.verdict.passes(options.required) })
            + findings.count(where: { $0.level != .meets })
        output.write("  <testsuite")
        attribute("name", result.path, into: &output)
        attribute("id", String(position), into: &output)
        attribute("tests", String(inputError ? 1 : services.count + findings.count), into: &output)
        attribute("failures", String(failing), into: &output)
        attribute("errors", inputError ? "1" : "0", into: &output)
        attribute("skipped", String(services.count(where: { $0.verdict == .notAssessed })), into: &output)
        attribute("time", "0", into: &output)
        output.write(">\n")
        writeProperties(result, into: &output)
        if inputError { writeInputError(result, into: &output) }
        let path = result.path
        output.write(services, inHalves: { services, output in
            for service in services { writeService(service, path: path, into: &output) }
        })
        for finding in findings { writeFinding(finding, path: result.path, into: &output) }
        if !result.warnings.isEmpty {
            output.write("    <system-out>")
            for warning in result.warnings {
                output.writeEscapedMarkup(FindingText.located(warning, in: language, severity: true) + "\n")
            }
            output.write("</system-out>\n")
        }
        output.write("  </testsuite>\n")
    }

    public func end(_ summary: BatchSummary, into output: inout OutputBuffer) {
        output.write("</testsuites>\n")
    }

    /// The verdict and who the report is from, for readers that show suite properties.
    private func writeProperties(_ result: FileResult, into output: inout OutputBuffer) {
        var properties = [("verdict", result.verdict.rawValue)]
        if let identity = result.identity {
            if let ngo = identity.ngo { properties.append(("ngo", ngo)) }
            if let bin = identity.bin { properties.append(("bin", bin)) }
            if let project = identity.project { properties.append(("project", project)) }
        }
        output.write("    <properties>\n")
        for (name, value) in properties {
            output.write("      <property")
            attribute("name", name, into: &output)
            attribute("value", value, into: &output)
            output.write("/>\n")
        }
        output.write("    </properties>\n")
    }

    private func writeInputError(_ result: FileResult, into output: inout OutputBuffer) {
        output.write("    <testcase")
        attribute("classname", result.path, into: &output)
        attribute("file", result.path, into: &output)
        attribute("name", "input", into: &output)
        attribute("time", "0", into: &output)
        output.write(">\n      <error")
        let first = result.errors.first
        attribute("message", first?.message.text(in: language) ?? Verdict.error.name(in: language), into: &output)
        attribute("type", first?.message.id ?? Verdict.error.rawValue, into: &output)
        output.write(">")
        for error in result.errors { output.writeEscapedMarkup(FindingText.located(error, in: language) + "\n") }
        output.write("</error>\n    </testcase>\n")
    }

    private func writeService(_ service: ServiceResult, path: String, into output: inout OutputBuffer) {
        output.write("    <testcase")
        attribute("classname", path, into: &output)
        // GitLab links a test case to its file by this attribute.
        attribute("file", path, into: &output)
        attribute("name", service.id + " (" + (service.form ?? service.kind) + ")", into: &output)
        attribute("time", "0", into: &output)
        if service.verdict == .notAssessed {
            output.write(">\n      <skipped")
            attribute("message", service.verdict.name(in: language), into: &output)
            output.write("/>\n    </testcase>\n")
        } else if !service.verdict.passes(options.required) {
            let failing = service.indicators.filter { !$0.level.passes(options.required) }
            output.write(">\n      <failure")
            let names = failing.map { $0.definition.name[language] }.joined(separator: ", ")
            attribute("message", service.verdict.name(in: language) + ": " + names, into: &output)
            attribute("type", service.verdict.rawValue, into: &output)
            output.write(">")
            for indicator in failing {
                let line = FindingText.finding(indicator, hint: hints.text(indicator.hint), in: language)
                output.writeEscapedMarkup("\(path):\(indicator.location): \(line)\n")
            }
            output.write("</failure>\n    </testcase>\n")
        } else {
            output.write("/>\n")
        }
    }

    private func writeFinding(_ finding: RuleFinding, path: String, into output: inout OutputBuffer) {
        output.write("    <testcase")
        attribute("classname", path, into: &output)
        attribute("file", path, into: &output)
        attribute("name", finding.item.map { finding.rule + " (" + $0 + ")" } ?? finding.rule, into: &output)
        attribute("time", "0", into: &output)
        guard finding.level != .meets else {
            output.write("/>\n")
            return
        }
        output.write(">\n      <failure")
        attribute("message", finding.level.name(in: language) + ": " + finding.message[language], into: &output)
        attribute("type", finding.level.rawValue, into: &output)
        output.write(">")
        let place = finding.location.map { ":\($0)" } ?? ""
        output.writeEscapedMarkup(path + place + ": " + finding.message[language] + "\n")
        output.write("</failure>\n    </testcase>\n")
    }

    private func attribute(_ name: String, _ value: String, into output: inout OutputBuffer) {
        output.write(" " + name + "=\"")
        output.writeEscapedMarkup(value, attribute: true)
        output.write("\"")
    }
}
