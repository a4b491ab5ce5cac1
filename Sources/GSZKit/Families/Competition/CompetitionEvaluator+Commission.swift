import GSZYAML

extension CompetitionEvaluator {
    /// The five commission rules, in the table's order; all `missing` without a commission.
    func commissionFindings(_ document: CompetitionDocument) -> [RuleFinding] {
        let size = Double(rules.commissionAtMost)
        guard let commission = document.commission else {
            return [
                RuleFinding(.commissionSize, .missing, Sentences.noCommission, at: document.location, limit: size),
                RuleFinding(.commissionOdd, .missing, Sentences.noCommission, at: document.location),
                RuleFinding(.commissionRoles, .missing, Sentences.noCommission, at: document.location),
                RuleFinding(.commissionShares, .missing, Sentences.noCommission, at: document.location),
                RuleFinding(.commissionOperatorStaff, .missing, Sentences.noCommission, at: document.location),
            ]
        }
        let place = commission.first?.location ?? document.location
        let members = commission.filter(\.isMember)
        let people = commission.count
        var findings = [
            RuleFinding(.commissionSize, people > rules.commissionAtMost ? .noncompliant : .meets,
                               Sentences.size(people: people, limit: rules.commissionAtMost), at: place,
                               value: Double(people), limit: size),
            RuleFinding(.commissionOdd, members.count % 2 == 1 ? .meets : .noncompliant,
                               Sentences.odd(members: members.count), at: place, value: Double(members.count)),
        ]
        let counts = CommissionRole.allCases.map { role in (role, commission.filter { $0.role == role }.count) }
        let rolesHold = counts.allSatisfy { $0.0 == .member || $0.1 == 1 }
        findings.append(RuleFinding(.commissionRoles, rolesHold ? .meets : .noncompliant,
                                           Sentences.roles(counts.filter { $0.0 != .member }), at: place))
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
        let message = level == .missing
            ? Sentences.sharesUnknown(unknown.map(\.name))
            : Sentences.shares(operators: operators, members: members.count, allowed: allowed, share: rules.operatorShare)
        let at = level == .missing ? unknown[0].location : place
        return RuleFinding(.commissionShares, level, message, at: at, value: Double(operators), limit: Double(allowed))
    }

    private func operatorStaff(_ members: [CompetitionDocument.CommissionEntry], at place: SourceLocation) -> RuleFinding {
        let staff = members.filter { $0.operatorStaff == true }
        let unknown = members.filter { $0.operatorStaff == nil }
        if !staff.isEmpty {
            return RuleFinding(.commissionOperatorStaff, .noncompliant, Sentences.staff(staff.map(\.name)),
                                      at: staff[0].location, value: Double(staff.count), limit: 0)
        }
        if !unknown.isEmpty {
            return RuleFinding(.commissionOperatorStaff, .missing, Sentences.staffUnknown(unknown.map(\.name)),
                                      at: unknown[0].location)
        }
        return RuleFinding(.commissionOperatorStaff, .meets, Sentences.noStaff, at: place, value: 0, limit: 0)
    }
}
