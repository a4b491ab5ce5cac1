/// Short labels of the text and table formats; each catalogue words them.
public enum Label: CaseIterable, Sendable {
    case bin
    case total
    case file
    case service
    case indicator
    case value
    case threshold
    case level
    case verdict
    case hint
    case ngo
    case project
    case form
    case kind
    case warnings
    case errors
    case notChecked
    case participants
    case meanSatisfaction
    case successStories
    case services
    case period
    case version
    case reportCheck
    case noThresholds
    case monitoringSummary
    case checked
    case line
    case firstError
    case builtinStandard
    case rulesApplied
    case rulesBroken
    case documents

    /// The label in `language`.
    public func text(in language: Language) -> String {
        language.catalogue.label(self)
    }

    /// Where in a file: "строка 6, столбец 10", "6-жол, 10-баған", "line 6, column 10".
    public static func place(line: Int, column: Int, in language: Language) -> String {
        language.catalogue.place(line: line, column: column)
    }

    /// The closing line of `gsz standard lint`: "встроенный стандарт: 10 файлов, замечаний: 0".
    public static func lintSummary(of name: String?, files: Int, problems: Int, in language: Language) -> String {
        let standard = name ?? Label.builtinStandard.text(in: language)
        return "\(standard): \(Self.files(files, in: language)), \(language.catalogue.lintProblems(problems))"
    }

    /// The closing line of `gsz standard test`: "129 примеров, не прошли: 0".
    public static func exampleSummary(examples: Int, failed: Int, in language: Language) -> String {
        let run = CountedNoun.example.counted(examples, in: language)
        return language.catalogue.exampleSummary(run: run, failed: failed)
    }

    /// "3 файла", "1 file": a count of files.
    public static func files(_ count: Int, in language: Language) -> String {
        CountedNoun.file.counted(count, in: language)
    }
}
