import GSZYAML

extension CompetitionEvaluator {
    /// The five commission rules, in the table's order; all `missing` without a commission.
    func commissionFindings(_ document: CompetitionDocument) -> [RuleFinding] {
        let size = Double(rules.commissionAtMost)
        guard let commission = document.commission else {
            let none = CompetitionSentence.noCommission.text
            return [
                RuleFinding(.commissionSize, .missing, none, at: document.location, limit: size),
                RuleFinding(.commissionOdd, .missing, none, at: document.location),
                RuleFinding(.commissionRoles, .missing, none, at: document.location),
                RuleFinding(.commissionShares, .missing, none, at: document.location),
                RuleFinding(.commissionOperatorStaff, .missing, none, at: document.location),
            ]
        }
        let place = commission.first?.location ?? document.location
        let members = commission.filter(\.isMember)
        let people = commission.count
        let large = people > rules.commissionAtMost, odd = members.count % 2 == 1
        let sizeSentence: CompetitionSentence = large ? .commissionTooLarge(people: people, limit: rules.commissionAtMost)
            : .commissionSize(people: people, limit: rules.commissionAtMost)
        let oddSentence: CompetitionSentence = odd ? .membersOdd(members: members.count) : .membersEven(members: members.count)
        var findings = [
            RuleFinding(.commissionSize, large ? .noncompliant : .meets, sizeSentence.text, at: place,
                        value: Double(people), limit: size),
            RuleFinding(.commissionOdd, odd ? .meets : .noncompliant, oddSentence.text, at: place,
                        value: Double(members.count)),
        ]
        let counts = CommissionRole.allCases.map { role in (role, commission.filter { $0.role == role }.count) }
        let rolesHold = counts.allSatisfy { $0.0 == .member || $0.1 == 1 }
        let wrong = counts.filter { $0.0 != .member && $0.1 != 1 }.map { CompetitionSentence.RoleCount(role: $0.0, count: $0.1) }
        findings.append(RuleFinding(.commissionRoles, rolesHold ? .meets : .noncompliant,
                                    (wrong.isEmpty ? CompetitionSentence.rolesHeld : .rolesWrong(wrong)).text, at: place))
        findings.append(shares(members, at: place))
        findings.append(operatorStaff(members, at: place))
        return findings
    }

    private func shares(_ members: [CompetitionDocument.CommissionEntry], at place: SourceLocation) -> RuleFinding {
        let operators = members.filter { $0.proposedBy == .operator }.count
        let unknown = members.filter { $0.proposedBy == nil }
        let allowed = rules.operatorsAllowed(members: members.count)
        let holds = rules.operatorShareHolds(operators: operators, members: members.count)
        let level: IndicatorLevel = !holds ? .noncompliant : unknown.isEmpty ? .meets : .missing
        let percent = 100 * rules.operatorShare.numerator / rules.operatorShare.denominator
        let sentence: CompetitionSentence = level == .missing ? .sharesUnknown(people: unknown.map(\.name))
            : holds ? .sharesHeld(operators: operators, members: members.count, allowed: allowed, percent: percent)
            : .sharesOver(operators: operators, members: members.count, allowed: allowed, percent: percent)
        let message = sentence.text
        let at = level == .missing ? unknown[0].location : place
        return RuleFinding(.commissionShares, level, message, at: at, value: Double(operators), limit: Double(allowed))
    }

    private func operatorStaff(_ members: [CompetitionDocument.CommissionEntry], at place: SourceLocation) -> RuleFinding {
        let staff = members.filter { $0.operatorStaff == true }
        let unknown = members.filter { $0.operatorStaff == nil }
        if !staff.isEmpty {
            return RuleFinding(.commissionOperatorStaff, .noncompliant, CompetitionSentence.staff(people: staff.map(\.name)).text,
                                      at: staff[0].location, value: Double(staff.count), limit: 0)
        }
        if !unknown.isEmpty {
            return RuleFinding(.commissionOperatorStaff, .missing, CompetitionSentence.staffUnknown(people: unknown.map(\.name)).text,
                                      at: unknown[0].location)
        }
        return RuleFinding(.commissionOperatorStaff, .meets, CompetitionSentence.noStaff.text, at: place, value: 0, limit: 0)
    }
}
