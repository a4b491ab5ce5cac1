import Foundation
import GSZKit
import Testing

/// The commission's size, parity, shares and staff, on commissions built to the edge.
@Suite struct CompetitionCommissionTests {
    /// The held sample's commission replaced by `members` members (chair, deputy, then
    /// members; the first `operators` of them proposed by the operator) and, unless told
    /// otherwise, a secretary. The sample's scorers keep their places among the members.
    static func commission(members: Int, operators: Int, secretary: Bool = true, staffMember: Bool = false) throws -> String {
        var names = ["Иванова А.", "Серікбаев Н.", "Ким В.", "Петров С."]
        while names.count < members { names.append("Эксперт \(names.count + 1)") }
        var lines = ["commission:"]
        // Operators' picks are taken from the end, so the scorers (first four) stay NGO-proposed.
        for (index, name) in names.prefix(members).enumerated() {
            let role = index == 0 ? "chair" : index == 1 ? "deputy" : "member"
            let proposer = index >= members - operators ? "operator" : "ngo"
            let staff = staffMember && index == members - 1
            lines.append("  - {name: \(name), role: \(role), proposed_by: \(proposer), operator_staff: \(staff)}")
        }
        if secretary { lines.append("  - {name: Смагулова Р., role: secretary, operator_staff: true}") }
        var text = try Competitions.held([])
        let start = try #require(text.range(of: "commission:\n"))
        let end = try #require(text.range(of: "applications:\n"))
        text.replaceSubrange(start.lowerBound..<end.lowerBound, with: lines.joined(separator: "\n") + "\n")
        return text
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let members: Int
        let operators: Int
        let rule: String
        let level: String
        var secretary = true
        var staffMember = false
        var testDescription: String {
            "\(members) members\(secretary ? " and a secretary" : ""), \(operators) by the operator: \(rule) \(level)"
        }
    }

    static let cases: [Case] = [
        Case(members: 15, operators: 3, rule: "commission.size", level: "noncompliant"),  // 16 people
        Case(members: 14, operators: 3, rule: "commission.size", level: "meets"),  // 15 people
        Case(members: 15, operators: 3, rule: "commission.size", level: "meets", secretary: false),
        Case(members: 14, operators: 3, rule: "commission.odd", level: "noncompliant"),
        Case(members: 15, operators: 3, rule: "commission.odd", level: "meets"),
        Case(members: 10, operators: 3, rule: "commission.shares", level: "meets"),  // 30 ≤ 30
        Case(members: 11, operators: 4, rule: "commission.shares", level: "noncompliant"),  // 40 > 33
        Case(members: 11, operators: 3, rule: "commission.shares", level: "meets"),
        Case(members: 7, operators: 0, rule: "commission.shares", level: "meets"),
        Case(members: 7, operators: 2, rule: "commission.operator_staff", level: "noncompliant", staffMember: true),
        Case(members: 7, operators: 2, rule: "commission.operator_staff", level: "meets"),
        Case(members: 7, operators: 2, rule: "commission.roles", level: "noncompliant", secretary: false),
        Case(members: 7, operators: 2, rule: "commission.roles", level: "meets"),
    ]

    @Test("commissions at the edge", arguments: cases)
    func commission(_ test: Case) throws {
        let text = try Self.commission(members: test.members, operators: test.operators, secretary: test.secretary,
                                       staffMember: test.staffMember)
        let result = try Competitions.result(text)
        #expect(result.errors.map(\.message.id) == [])
        #expect(Competitions.levels(result, test.rule)[""] == test.level)
    }

    @Test("the share's finding carries the operator's count and the most allowed")
    func shareFigures() throws {
        let result = try Competitions.result(try Self.commission(members: 11, operators: 4))
        let finding = try #require(result.evaluation.findings.first { $0.rule == "commission.shares" })
        #expect(finding.value == 4)
        #expect(finding.limit == 3)
        #expect(finding.message.en.contains("4 of the 11 members"))
    }
}
