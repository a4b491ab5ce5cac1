import GSZWorkbook

extension Message {
    /// The sentence in `language`.
    public func text(in language: Language) -> String {
        language.catalogue.message(self)
    }
}

extension Hint {
    /// The sentence in `language`.
    public func text(in language: Language) -> String {
        Message.hint(self).text(in: language)
    }
}

extension WorkbookProblem {
    /// The sentence in `language`.
    func text(in language: Language) -> String {
        language.catalogue.workbookProblem(self)
    }
}

extension CompetitionProblem {
    /// The problem in `language`.
    func text(in language: Language) -> String {
        language.catalogue.competitionProblem(self)
    }
}

/// Small helpers the three catalogs share.
enum Wording {
    /// A value quoted in running text: 'x' in English, «x» in Russian and Kazakh.
    static func quote(_ text: String, _ language: Language) -> String {
        language == .en ? "'\(text)'" : "«\(text)»"
    }

    /// `a, b, c`, each quoted.
    static func list(_ items: [String], _ language: Language) -> String {
        items.map { quote($0, language) }.joined(separator: ", ")
    }

    /// A number as people read it.
    static func number(_ value: Double, _ language: Language) -> String {
        NumberText.short(value, in: language)
    }

    /// A scalar shortened for quoting in a message.
    static func excerpt(_ text: String) -> String {
        let limit = 40
        return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
