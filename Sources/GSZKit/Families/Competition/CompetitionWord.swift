/// A word of a competition's page; each catalogue words it.
enum CompetitionWord: CaseIterable, Sendable {
    /// Before the operator's name.
    case operatorLabel
    /// The commission's heading.
    case commission
    /// The column of a member's full name.
    case name
    /// The column of a member's role.
    case role
    /// The column of who proposed the member.
    case proposedBy
    /// The column saying whether the member works for the operator.
    case staff
    /// The ranking's column of applications.
    case application
    /// The ranking's column of total scores.
    case score
    /// The heading over the rules broken.
    case broken
    /// The commission's chair.
    case chair
    /// The chair's deputy.
    case deputyChair
    /// A member of the commission.
    case member
    /// The commission's secretary, who does not vote.
    case secretary
    /// A member the operator proposed.
    case byOperator
    /// A member an NGO proposed.
    case byNGO
    /// Yes, in a table cell.
    case yes
    /// No, in a table cell.
    case no
    /// A topic's outcome when the competition was held.
    case held

    /// The word in `language`.
    func text(in language: Language) -> String {
        language.catalogue.competitionWord(self)
    }

    /// The word for a member's role.
    static func role(_ role: CommissionRole) -> CompetitionWord {
        switch role {
        case .chair: .chair
        case .deputy: .deputyChair
        case .member: .member
        case .secretary: .secretary
        }
    }

    /// The word for who proposed a member.
    static func proposer(_ proposer: Proposer) -> CompetitionWord {
        switch proposer {
        case .operator: .byOperator
        case .ngo: .byNGO
        }
    }

    /// Yes or no.
    static func yesNo(_ value: Bool) -> CompetitionWord {
        value ? .yes : .no
    }

    /// A topic's outcome: held, or failed on its ground.
    static func outcome(held: Bool, ground: Int?, in language: Language) -> String {
        if held { return CompetitionWord.held.text(in: language) }
        return language.catalogue.competitionFailed(ground: ground.map(String.init) ?? "?")
    }

    /// The line under the commission: how many sit on it and whom each side proposed.
    static func shares(people: Int, members: Int, operators: Int, ngos: Int, sheet: CompetitionSheet,
                       in language: Language) -> String {
        let percent = { (count: Int, span: ValueSpan) in
            members == 0 ? "0" : NumberText.plain(100 * Double(count) / Double(members), within: span)
        }
        // 1 of 3 is 33.33%, not "at most 33%"; the operators' share is shown on the side of the
        // limit the rule found it on.
        let share = 100 * Double(sheet.operatorShare) / Double(sheet.shareOf)
        let holds = operators * sheet.shareOf <= sheet.operatorShare * members
        let shares = CommissionShares(people: people, members: members, operators: operators,
                                      operatorsPercent: percent(operators, holds ? .upTo(share) : .above(share)),
                                      limit: NumberText.plain(share), ngos: ngos, ngosPercent: percent(ngos, .any))
        return language.catalogue.commissionShares(shares)
    }

    /// The line under "rules broken" when none is.
    static func noneBroken(_ count: Int, in language: Language) -> String {
        language.catalogue.ruleChecksMet(count)
    }
}

/// Who sits on a competition's commission, counted and with the percentages written.
struct CommissionShares: Sendable {
    /// Everyone listed, the secretary too.
    var people: Int
    /// The voting members (all but the secretary).
    var members: Int
    /// Members the operator proposed.
    var operators: Int
    /// Their share of the members, as a number without the % sign.
    var operatorsPercent: String
    /// The largest share the operator may have, as a number.
    var limit: String
    /// Members NGOs proposed.
    var ngos: Int
    /// Their share of the members.
    var ngosPercent: String
}
