import GSZWorkbook
import GSZYAML

/// How a code is shown by example: a report that gets it (checked live, so the example can
/// never drift from what gsz says), or, for problems no short text shows, the message itself.
public enum CodeExample: Sendable {
    /// A whole report file that gets the code.
    case report(String)
    /// The message, for codes about the file rather than its text.
    case message(Message)
}

extension DiagnosticCode {
    /// The code's example.
    public var example: CodeExample {
        let limits = YAMLLimits.default
        return switch self {
        case .noSuchFile: .message(.noSuchFile)
        case .unreadableFile: .message(.unreadable(reason: .permissionDenied))
        case .notARegularFile: .message(.notARegularFile)
        case .invalidUTF8: .message(.yaml(.invalidUTF8(byte: 0xFF)))
        case .notUTF8: .message(.yaml(.notUTF8Encoding(.utf16)))
        case .controlCharacter: .message(.yaml(.controlCharacter(0x07)))
        case .unpairedSurrogate: .report(Self.report(service: "    title: \"\\ud83d\"\n"))
        case .empty: .message(.yaml(.empty))
        case .tooLarge: .message(.yaml(.tooLarge(limit: limits.maxInputBytes)))
        case .tooDeep: .message(.yaml(.tooDeep(limit: limits.maxDepth)))
        case .aliasBudget: .message(.yaml(.tooManyAliasedNodes(limit: limits.maxAliasedNodes)))
        case .tooManyNodes: .message(.yaml(.tooManyNodes(limit: limits.maxNodes)))
        case .yamlSyntax: .report(Self.report(service: "    participants: [20\n"))
        case .multipleDocuments: .report(Self.report() + "---\n" + Self.report())
        case .duplicateKey: .report(Self.report(service: "    hours: 6\n"))
        case .unsupportedTag: .report(Self.report(service: "    participants: !count 20\n", omitting: "participants"))
        case .tagMismatch: .report(Self.report(service: "    participants: !!null 20\n", omitting: "participants"))
        case .undefinedAlias: .report(Self.report(service: "    participants: *people\n", omitting: "participants"))
        case .unknownDocument: .report(Self.report().replacingFirst("report:", with: "otchet:").replacingFirst("services:", with: "uslugi:"))
        case .twoDocuments: .message(.twoDocuments(first: "report", second: "discussion"))
        case .rootNotMapping: .report("- report\n- services\n")
        case .missingField: .report(Self.report().replacingFirst("  project: Школа гражданской активности\n", with: ""))
        case .wrongType: .report(Self.report(service: "    participants: двадцать\n", omitting: "participants"))
        case .keyNotText: .report(Self.report(service: "    [hours]: 4\n", omitting: "hours"))
        case .emptyText: .report(Self.report().replacingFirst("project: Школа гражданской активности", with: "project: \"\""))
        case .negativeValue: .report(Self.report(service: "    participants: -3\n", omitting: "participants"))
        case .notPositive: .report(Self.report(service: "    hours: 0\n", omitting: "hours"))
        case .numberTooLarge: .report(Self.report(service: "    participants: 99999999999999999999\n", omitting: "participants"))
        case .malformedDate: .report(Self.report(service: "    date: 10.03.2026\n", omitting: "date"))
        case .nonexistentDate: .report(Self.report(service: "    date: 2026-02-30\n", omitting: "date"))
        case .fromAfterTo: .report(Self.report(service: "    dates: {from: 2026-03-12, to: 2026-03-10}\n", omitting: "date"))
        case .dateAndDates: .report(Self.report(service: "    dates: {from: 2026-03-10, to: 2026-03-11}\n"))
        case .missingDates: .report(Self.report(omitting: "date"))
        case .countExceeds: .report(Self.report(service: "    feedback: {respondents: 20, satisfied: 25}\n"))
        case .unknownKind: .report(Self.report().replacingFirst("kind: training", with: "kind: sport"))
        case .unknownForm: .report(Self.report().replacingFirst("form: seminar", with: "form: workshop"))
        case .formRequired: .report(Self.report(omitting: "form"))
        case .duplicateServiceID: .report(Self.report() + Self.service)
        case .noServices: .report(Self.head + "services: []\n")
        case .binLength: .report(Self.report().replacingFirst("180540012343", with: "18054001234"))
        case .binCheckDigit: .report(Self.report().replacingFirst("180540012343", with: "180540012344"))
        case .unknownKey: .report(Self.report(service: "    participans: 20\n", omitting: "participants"))
        case .outsidePeriod: .report(Self.report(service: "    date: 2025-12-20\n", omitting: "date"))
        case .calendarNotCovered: .message(.calendarNotCovered(field: "discussion.posted", year: 2028))
        case .provisionalCalendar: .message(.provisionalCalendar(field: "discussion.posted", year: 2027))
        case .duplicateID: .message(.duplicateItem(field: "topics.no", id: "1", first: SourceLocation(line: 8, column: 9)))
        case .emptyList: .message(.emptyList(field: "topics"))
        case .unknownTopic: .message(.unknownValue(field: "comments.topic", value: "7", known: ["1", "2"], suggestion: nil))
        case .unknownDecision: .message(.unknownValue(field: "comments.decision", value: "approved", known: ["accepted", "rejected"],
                                                      suggestion: "accepted"))
        case .unknownHalf: .message(.unknownValue(field: "monitoring.half", value: "3", known: ["1", "2"], suggestion: nil))
        case .tooManyQuarters: .message(.tooManyQuarters(limit: 50_000))
        case .rulesMissing: .message(.rulesMissing(document: "discussion", key: "discussion_rules"))
        case .visitOutsidePeriod: .message(.visitOutsidePeriod(project: "P1", date: "2026-01-15", from: "2026-02-01", to: "2026-11-30"))
        case .malformedDateTime: .message(.competition(.malformedDateTime(field: "competition.opened", text: "10.09.2026 10:00")))
        case .unknownMember: .message(.competition(.unknownReference(field: "scores.member", what: .member, id: "Иванов", suggestion: nil)))
        case .unknownApplication: .message(.competition(.unknownReference(field: "conflicts.application", what: .application,
                                                                          id: "A9", suggestion: "A1")))
        case .unknownRole: .message(.unknownValue(field: "commission.role", value: "head", known: ["chair", "deputy", "member", "secretary"],
                                                  suggestion: nil))
        case .unknownProposedBy: .message(.unknownValue(field: "commission.proposed_by", value: "akimat", known: ["operator", "ngo"],
                                                        suggestion: nil))
        case .noTopics: .message(.competition(.noTopics))
        case .tieForFirst: .message(.competition(.tieForFirst(topic: "T1", applications: ["A1", "A2"], score: 42, named: "A1")))
        case .moreNotShown: .message(.moreNotShown(count: 250, severity: .error))
        case .workbookNotAWorkbook: .message(.workbook(.unreadable(.notAWorkbook)))
        case .workbookEncrypted: .message(.workbook(.unreadable(.encrypted)))
        case .workbookDamaged: .message(.workbook(.unreadable(.missingPart("xl/workbook.xml"))))
        case .workbookZipBomb: .message(.workbook(.unreadable(.compressionRatio(part: "xl/worksheets/sheet1.xml", ratio: 200))))
        case .workbookXML: .message(.workbook(.unreadable(.malformedXML(part: "xl/worksheets/sheet1.xml", reason: "unclosed tag"))))
        case .workbookDoctype: .message(.workbook(.unreadable(.doctype(part: "xl/sharedStrings.xml"))))
        case .workbookTooLarge: .message(.workbook(.unreadable(.cellTooLong(limit: 32_767))))
        case .workbookNoReportSheet: .message(.workbook(.noReportSheet))
        case .workbookSecondSheet: .message(.workbook(.secondSheet(role: .services, first: "Услуги")))
        case .workbookDuplicateKey: .message(.workbook(.duplicateKey(key: "participants", first: "F1")))
        case .workbookFormulaWithoutValue: .message(.workbook(.formulaWithoutValue))
        case .workbookKeyNotText: .message(.workbook(.keyNotText(cell: "K1")))
        case .workbookBinAsNumber: .message(.workbook(.binAsNumber(bin: "090140020201")))
        case .fieldNotForKind: .message(.fieldNotForKind(field: "consultations", kind: "training", kinds: ["consulting"]))
        case .formNotUsed: .report(Self.report().replacingFirst("kind: training\n    form: seminar", with: "kind: consulting\n    form: seminar"))
        }
    }

    private static let head = """
        report:
          ngo: {name: ОФ «Болашақ», bin: "180540012343"}
          project: Школа гражданской активности
          period: {from: 2026-01-01, to: 2026-12-31}

        """

    private static let service = """
          - id: S1
            kind: training
            form: seminar
            date: 2026-03-10
            hours: 4
            participants: 20
            provider: {experience_years: 2}

        """

    /// A valid report of one seminar, with the lines of `omitting` left out and `service`'s lines added.
    private static func report(service extra: String = "", omitting key: String? = nil) -> String {
        var lines = service.split(separator: "\n").map(String.init)
        if let key { lines.removeAll { $0.hasPrefix("    \(key):") } }
        return head + "services:\n" + lines.joined(separator: "\n") + "\n" + extra
    }
}

extension String {
    /// The text with the first `target` replaced; the targets are literals of this file.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return String(self[..<index]) + replacement + self[self.index(index, offsetBy: target.count)...]
            }
            index = self.index(after: index)
        }
        return self
    }
}
