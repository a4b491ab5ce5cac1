import GSZWorkbook

/// Everything gsz says in English: each table's words, side by side in this folder.
struct EnglishCatalogue: Catalogue {
    func message(_ message: Message) -> String { message.english }

    func explanation(_ code: DiagnosticCode) -> (meaning: String, fix: String) { code.english }

    func workbookProblem(_ problem: WorkbookProblem) -> String { problem.english }

    func competitionProblem(_ problem: CompetitionProblem) -> String { problem.english }

    func levelName(_ level: IndicatorLevel) -> String {
        switch level {
        case .missing: "missing"
        case .noncompliant: "noncompliant"
        case .meets: "meets"
        case .minimal: "minimal"
        case .maximal: "maximal"
        }
    }

    func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .error: "error"
        case .noncompliant: "noncompliant"
        case .incomplete: "incomplete"
        case .minimal: "minimal"
        case .maximal: "maximal"
        case .compliant: "compliant"
        case .notAssessed: "not assessed"
        }
    }

    func label(_ label: Label) -> String {
        switch label {
        case .bin: "BIN"
        case .total: "Total"
        case .file: "File"
        case .service: "Service"
        case .indicator: "Indicator"
        case .value: "Value"
        case .threshold: "Thresholds"
        case .level: "Level"
        case .verdict: "Verdict"
        case .hint: "What next"
        case .ngo: "NGO"
        case .project: "Project"
        case .form: "Form"
        case .kind: "Kind"
        case .warnings: "Warnings"
        case .errors: "Errors"
        case .notChecked: "Could not be checked"
        case .participants: "Participants"
        case .meanSatisfaction: "Mean satisfaction"
        case .successStories: "Success stories"
        case .services: "Services"
        case .period: "Period"
        case .version: "version"
        case .reportCheck: "Report check"
        case .noThresholds: "The standard sets no thresholds for this service"
        case .monitoringSummary: "Monitoring summary"
        case .checked: "Checked"
        case .line: "Line"
        case .firstError: "First error"
        case .builtinStandard: "built-in standard"
        case .rulesApplied: "Rules applied"
        case .rulesBroken: "broken"
        case .documents: "Documents of the ГСЗ process"
        }
    }

    func place(line: Int, column: Int) -> String { "line \(line), column \(column)" }

    func lintProblems(_ count: Int) -> String { "\(count) \(count == 1 ? "problem" : "problems")" }

    func exampleSummary(run: String, failed: Int) -> String { "\(run), \(failed) failed" }

    func tableWord(_ word: TableWording) -> String {
        switch word {
        case .minimalMaximal: "min / max"
        case .atLeast: "at least"
        case .atMost: "at most"
        case .noThresholds: "No thresholds; services are not assessed"
        case .source: "Source"
        case .version: "version"
        }
    }

    func codeWord(_ word: CodeWording) -> String {
        switch word {
        case .example: "Example"
        case .fix: "Fix"
        }
    }
}
