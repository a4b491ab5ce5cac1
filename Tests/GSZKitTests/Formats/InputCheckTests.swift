import GSZKit
import GSZYAML
import Testing

/// `InputCheck.all` names every check a report can fail, so SARIF's rules cover every result.
@Suite struct InputCheckTests {
    private static let here = SourceLocation(line: 1, column: 1)

    /// One message of each case a report (not a standard file) can produce.
    static let reportMessages: [Message] = [
        .noSuchFile, .unreadable(reason: .permissionDenied), .notARegularFile,
        .yaml(.invalidUTF8(byte: 0xFF)), .yaml(.notUTF8Encoding(.utf16)), .yaml(.controlCharacter(7)),
        .yaml(.unpairedSurrogate("\\ud83d")), .yaml(.tagMismatch(tag: "!!null", kind: .scalar, text: "1")),
        .tagNotForField(field: "f", tag: "!!float", expected: .integer),
        .yaml(.syntax(problem: "p", context: nil)), .yaml(.empty), .yaml(.multipleDocuments),
        .yaml(.duplicateKey(key: "k", first: here)), .yaml(.unsupportedTag("!x")), .yaml(.undefinedAlias("a")),
        .yaml(.tooLarge(limit: 1)), .yaml(.tooDeep(limit: 1)), .yaml(.tooManyAliasedNodes(limit: 1)),
        .yaml(.tooManyNodes(limit: 1)), .unknownDocument(found: ["a"], known: ["report"]),
        .twoDocuments(first: "report", second: "discussion"), .rootNotMapping, .missingField(field: "f"),
        .wrongType(field: "f", expected: .integer, found: .list), .keyNotText, .unknownKey(key: "k", suggestion: nil),
        .emptyText(field: "f"), .negative(field: "f", value: "-1"), .notPositive(field: "f", value: "0"),
        .numberTooLarge(field: "f"), .malformedDate(field: "f", text: "x"), .nonexistentDate(field: "f", text: "x"),
        .reversedDates(field: "f", from: "b", to: "a"), .dateAndDates, .missingDates,
        .exceeds(field: "a", value: 2, limitField: "b", limit: 1),
        .unknownValue(field: "kind", value: "x", known: [], suggestion: nil),
        .unknownValue(field: "form", value: "x", known: [], suggestion: nil),
        .formRequired(kind: "training", known: []), .formNotUsed(kind: "consulting"),
        .fieldNotForKind(field: "consultations", kind: "training", kinds: ["consulting"]),
        .duplicateServiceID(id: "S1", first: here), .noServices, .binLength(bin: "1"), .binCheckDigit(bin: "1"),
        .outsidePeriod(field: "dates", date: "d", from: "a", to: "b"),
        .moreNotShown(count: 1, severity: .warning),
        // Discussions and monitoring logs.
        .calendarNotCovered(field: "posted", year: 2028), .provisionalCalendar(field: "posted", year: 2027),
        .duplicateItem(field: "topics.no", id: "1", first: here),
        .unknownValue(field: "topic", value: "9", known: [], suggestion: nil),
        .unknownValue(field: "decision", value: "x", known: [], suggestion: nil),
        .unknownValue(field: "half", value: "3", known: [], suggestion: nil),
        .rulesMissing(document: "discussion", key: "discussion_rules"), .emptyList(field: "topics"), .tooManyQuarters(limit: 1),
        .visitOutsidePeriod(project: "P1", date: "d", from: "a", to: "b"),
    ] + Examples.competitionProblems.map(Message.competition) + [
        .unknownValue(field: "commission.role", value: "x", known: [], suggestion: nil),
        .unknownValue(field: "commission.proposed_by", value: "x", known: [], suggestion: nil),
    ] + Examples.workbookProblems.map(Message.workbook)

    @Test("ids are unique")
    func unique() {
        #expect(Set(InputCheck.all.map(\.id)).count == InputCheck.all.count)
    }

    @Test("every message a report can produce has its check", arguments: reportMessages)
    func covered(_ message: Message) {
        #expect(InputCheck.all.contains { $0.id == message.id }, "no InputCheck for \(message.id)")
    }

    @Test("every check is one a report can produce")
    func noStrays() {
        let ids = Set(Self.reportMessages.map(\.id))
        #expect(InputCheck.all.filter { !ids.contains($0.id) }.map(\.id) == [])
    }

    @Test("the samples' diagnostics are listed with the severity they carry")
    func severities() {
        for diagnostic in FormatBatch.results.flatMap({ $0.errors + $0.warnings }) {
            #expect(InputCheck.all.contains { $0.id == diagnostic.message.id && $0.severity == diagnostic.severity },
                    "\(diagnostic.message.id) as \(diagnostic.severity)")
        }
    }
}
