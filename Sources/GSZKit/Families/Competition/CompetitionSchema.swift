/// The competition format (contract §10) as a JSON Schema (draft 2020-12), for editors: the
/// keys, their types and the closed sets (roles, proposers), criteria from the standard's
/// rules. Like the report's schema it says less than `gsz check`, never more: references
/// between topics, members and applications, BIN check digits and every rule are left to it.
public enum CompetitionSchema {
    /// The schema of a competition by `standard`'s rules, descriptions in `language`; `nil`
    /// when the standard gives no competition rules.
    public static func schema(for standard: Standard, language: Language) -> JSONValue? {
        CompetitionFamily.rules(in: standard).rules.map { schema(for: $0, language: language) }
    }

    /// The schema of a competition for `rules`, descriptions in `language`.
    public static func schema(for rules: CompetitionRules, language: Language) -> JSONValue {
        // The format top to bottom in one place, as the contract lists it: split up, it would
        // read as pieces rather than the schema.
        let d = { (ru: String, kk: String, en: String) in JSONValue.string(LocalizedText(ru: ru, kk: kk, en: en)[language]) }
        let date: JSONValue = .object(["type": .string("string"), "pattern": .string("^\\d{4}-\\d{2}-\\d{2}$")])
        let dateTime: JSONValue = .object(["type": .string("string"),
                                           "pattern": .string("^\\d{4}-\\d{2}-\\d{2}( ([01]\\d|2[0-3]):[0-5]\\d)?$")])
        let span: JSONValue = object(["from": date, "to": date], required: ["from", "to"])
        let text: JSONValue = .object(["type": .string("string")])
        let texts: JSONValue = .object(["type": .string("array"), "items": text])
        let flag: JSONValue = .object(["type": .string("boolean")])
        let criteria = rules.criteria.map { criterion in
            JSONValue.Member(criterion.id, described(
                NumberSchema.number(minimum: nil, exclusive: false),
                .string(criterion.name[language] + " (\(criterion.range.lowerBound)–\(criterion.range.upperBound))")))
        }
        let score = object([.init("member", text)] + criteria, required: ["member"])
        let announcement = object([
            "published": described(date, d("опубликовано", "жарияланды", "published")),
            "deadline": described(dateTime, d("окончание приёма заявок: ГГГГ-ММ-ДД ЧЧ:ММ (время Астаны)",
                                              "өтінім қабылдаудың аяқталуы: ЖЖЖЖ-АА-КК СС:ММ (Астана уақыты)",
                                              "applications close: YYYY-MM-DD HH:MM (Astana time)")),
            "documents": described(texts, d("перечень необходимых документов", "қажетті құжаттар тізбесі", "the documents required")),
            "project_terms": described(span, d("сроки реализации проектов", "жобаларды іске асыру мерзімі", "the project terms")),
        ], required: [])
        let competition = object([
            "operator": described(text, d("оператор", "оператор", "the operator")),
            "budget_approved": described(date, d("утверждён бюджет", "бюджет бекітілді", "the budget approved")),
            "plan_approved": described(date, d("утверждён План грантов", "гранттар Жоспары бекітілді", "the Plan of grants approved")),
            "announcement": announcement,
            "experts_notified": described(date, d("экспертам отправлены список заявителей и форма о конфликте интересов",
                                                  "сарапшыларға тізім мен мүдделер қақтығысы нысаны жіберілді",
                                                  "the applicant list and conflict-of-interest form sent to the experts")),
            "evaluation": described(span, d("оценка заявок комиссией", "комиссияның өтінімдерді бағалауы", "the commission's evaluation")),
            "topics": .object(["type": .string("array"), "minItems": .number(1),
                               "items": object(["id": text, "title": text], required: ["id"])]),
        ], required: ["topics"])
        let member = object([
            "name": text,
            "role": .object(["enum": .array(CommissionRole.allCases.map { .string($0.rawValue) })]),
            "proposed_by": .object(["enum": .array(Proposer.allCases.map { .string($0.rawValue) })]),
            "operator_staff": described(flag, d("работник оператора", "оператор қызметкері", "an employee of the operator")),
            "conflicts": described(texts, d("заявки с конфликтом интересов", "мүдделер қақтығысы бар өтінімдер",
                                            "applications with a declared conflict of interest")),
        ], required: ["name", "role"])
        let application = object([
            "id": text, "topic": text,
            "ngo": object(["name": text, "bin": .object(["type": .string("string"), "pattern": .string("^\\d{12}$")])], required: []),
            "submitted": dateTime,
            "languages": described(texts, d("языки заявки (kk, ru)", "өтінім тілдері (kk, ru)", "the application's languages (kk, ru)")),
            "in_ngo_database": described(flag, d("НПО в Базе данных НПО", "ҮЕҰ дерекқорында", "the NGO is in the Database of NGOs")),
            "admitted": described(flag, d("допущена оператором", "оператор жіберген", "admitted by the operator")),
            "scores": .object(["type": .string("array"), "items": score]),
        ], required: ["id", "topic"])
        guard case .object(var members) = object([
            "competition": competition,
            "commission": .object(["type": .string("array"), "items": member]),
            "applications": .object(["type": .string("array"), "items": application]),
        ], required: ["competition"]) else { return .null }
        members.insert(contentsOf: [
            .init("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            .init("$comment", .string("Generated by `gsz schema --document competition` from the competition format "
                                      + "and the standard's rules; do not edit by hand.")),
            .init("title", d("Грантовый конкурс", "Гранттық конкурс", "Grant competition")),
        ], at: 0)
        return .object(members)
    }

    private static func object(_ properties: [JSONValue.Member], required: [String]) -> JSONValue {
        .object([
            "type": .string("object"),
            "properties": .object(properties),
            "required": .array(required.map { .string($0) }),
            "additionalProperties": .bool(false),
        ])
    }

    private static func object(_ properties: KeyValuePairs<String, JSONValue>, required: [String]) -> JSONValue {
        object(properties.map { JSONValue.Member($0.key, $0.value) }, required: required)
    }

    private static func described(_ schema: JSONValue, _ description: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        return .object([.init("description", description)] + members)
    }
}
