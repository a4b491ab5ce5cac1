import GSZYAML

extension ReadingState {
    static let memberKeys = KeySet(["name", "role", "proposed_by", "operator_staff", "conflicts"])
    static let applicationKeys = KeySet(["id", "topic", "ngo", "submitted", "languages", "in_ngo_database",
                                         "admitted", "scores"])
    static let ngoKeys = KeySet(["name", "bin"])

    mutating func readCommission(_ node: YAMLNode) -> [CompetitionDocument.CommissionEntry]? {
        guard let items = fields.list(node, field: "commission") else { return nil }
        var entries: [CompetitionDocument.CommissionEntry] = []
        // Places by name, by id: a hostile file may list a great many, so no search of the list per entry.
        var firstAt: [String: SourceLocation] = [:]
        for item in items {
            guard let map = fields.mapping(item, field: "commission", keys: Self.memberKeys) else { continue }
            let name = requiredText("name", map)
            let role = fields.required("role", in: map).flatMap { fields.choice($0, field: map.path("role"), as: CommissionRole.self) }
            let proposer = map["proposed_by"].flatMap { fields.choice($0, field: map.path("proposed_by"), as: Proposer.self) }
            let staff = map["operator_staff"].flatMap { fields.boolean($0, field: map.path("operator_staff")) }
            var conflicts: [String] = []
            if let list = map["conflicts"], let ids = fields.list(list, field: map.path("conflicts")) {
                for id in ids {
                    guard let text = fields.text(id, field: map.path("conflicts"), nonEmpty: true) else { continue }
                    conflicts.append(text)
                    references.append((.application, text, map.path("conflicts"), id.location))
                }
            }
            guard let name else { continue }
            defined[.member, default: []].append(name)
            guard let role else { continue }
            if let first = firstAt[name] {
                fields.bag.error(.duplicateItem(field: "commission.name", id: name, first: first), at: item.location)
            } else {
                firstAt[name] = item.location
            }
            entries.append(.init(name: name, role: role, proposedBy: proposer, operatorStaff: staff, conflicts: conflicts,
                                 location: item.location))
        }
        return entries
    }

    mutating func readApplications(_ node: YAMLNode) -> [CompetitionDocument.Application] {
        guard let items = fields.list(node, field: "applications") else { return [] }
        var applications: [CompetitionDocument.Application] = []
        var firstAt: [String: SourceLocation] = [:]
        for item in items {
            guard let map = fields.mapping(item, field: "applications", keys: Self.applicationKeys) else { continue }
            let id = requiredText("id", map)
            if let id { defined[.application, default: []].append(id) }
            let topicNode = fields.required("topic", in: map)
            let topic = topicNode.flatMap { fields.text($0, field: map.path("topic"), nonEmpty: true) }
            if let topic, let topicNode { references.append((.topic, topic, map.path("topic"), topicNode.location)) }
            let ngoName = map["ngo"].flatMap { readNGO($0) }
            let submitted = map["submitted"].flatMap { dateTime($0, field: map.path("submitted")) }
            var languages: Placed<[String]>?
            if let list = map["languages"], let codes = fields.list(list, field: map.path("languages")) {
                languages = Placed(codes.compactMap { fields.text($0, field: map.path("languages")) }, at: list.location)
            }
            var inDatabase: Placed<Bool>?
            if let flag = map["in_ngo_database"], let value = fields.boolean(flag, field: map.path("in_ngo_database")) {
                inDatabase = Placed(value, at: flag.location)
            }
            let admitted = map["admitted"].flatMap { fields.boolean($0, field: map.path("admitted")) } ?? false
            let scores = map["scores"].map { readScores($0) } ?? []
            guard let id, let topic else { continue }
            if let first = firstAt[id] {
                fields.bag.error(.duplicateItem(field: "applications.id", id: id, first: first), at: item.location)
            } else {
                firstAt[id] = item.location
            }
            applications.append(.init(id: id, topic: topic, ngoName: ngoName ?? nil, submitted: submitted, languages: languages,
                                      inNGODatabase: inDatabase, admitted: admitted, scores: scores, location: item.location))
        }
        return applications
    }

    /// The NGO's name (as `.some(nil)` when only the BIN is given); the BIN checked.
    private mutating func readNGO(_ node: YAMLNode) -> String?? {
        guard let map = fields.mapping(node, field: "applications.ngo", keys: Self.ngoKeys) else { return nil }
        if let binNode = map["bin"], let bin = fields.text(binNode, field: map.path("bin")) {
            switch BIN.problem(in: bin) {
            case .notTwelveDigits?: fields.bag.error(.binLength(bin: Wording.excerpt(bin)), at: binNode.location)
            case .checkDigit?: fields.bag.error(.binCheckDigit(bin: bin), at: binNode.location)
            case nil: break
            }
        }
        return .some(map["name"].flatMap { fields.text($0, field: map.path("name")) })
    }

    private mutating func readScores(_ node: YAMLNode) -> [CompetitionDocument.ScoreRow] {
        guard let items = fields.list(node, field: "applications.scores") else { return [] }
        let keys = KeySet(["member"] + rules.criteria.map(\.id))
        var rows: [CompetitionDocument.ScoreRow] = []
        for item in items {
            guard let map = fields.mapping(item, field: "applications.scores", keys: keys) else { continue }
            let memberNode = fields.required("member", in: map)
            let member = memberNode.flatMap { fields.text($0, field: map.path("member"), nonEmpty: true) }
            var scores: [String: Placed<Double>] = [:]
            for criterion in rules.criteria {
                if let value = map[criterion.id], let number = fields.number(value, field: map.path(criterion.id)) {
                    scores[criterion.id] = Placed(number, at: value.location)
                }
            }
            guard let member, let memberNode else { continue }
            references.append((.member, member, map.path("member"), memberNode.location))
            rows.append(.init(member: member, scores: scores, location: item.location))
        }
        return rows
    }

    /// Every topic, member and application referenced is one the file defines.
    mutating func checkReferences(_ document: CompetitionDocument) {
        defined[.topic] = document.topics.map(\.id)
        let sets = defined.mapValues(Set.init)
        // Without topics (already an error) every application's topic would be unknown too.
        for reference in references where !(sets[reference.what]?.contains(reference.id) ?? false)
            && !(reference.what == .topic && document.topics.isEmpty) {
            let known = defined[reference.what] ?? []
            fields.bag.error(.competition(.unknownReference(field: reference.field, what: reference.what, id: reference.id,
                                                            suggestion: Suggestion.closest(to: reference.id, among: known))),
                             at: reference.at)
        }
    }
}
