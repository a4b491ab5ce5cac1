import GSZWorkbook

/// Every sentence and word gsz shows, in one language.
///
/// Each requirement is one table of what the code asks for: an enum of the words (or a
/// sentence's values), answered by an exhaustive `switch` in each language's folder under
/// `Catalogues/`. A language is a case of `Language`, a type conforming here, and nothing else:
/// the compiler lists every table that type does not word yet, and nothing falls back to
/// another language.
protocol Catalogue: Sendable {
    /// A sentence said about a file, a field or the run.
    func message(_ message: Message) -> String
    /// What a code means and how to fix it (`gsz explain`, docs/codes.md).
    func explanation(_ code: DiagnosticCode) -> (meaning: String, fix: String)
    /// What is wrong with a workbook or one of its cells, in the words of a spreadsheet user.
    func workbookProblem(_ problem: WorkbookProblem) -> String
    /// What is wrong with a competition's file.
    func competitionProblem(_ problem: CompetitionProblem) -> String
    /// An indicator's level, as used in sentences and tables.
    func levelName(_ level: IndicatorLevel) -> String
    /// A file's or a service's verdict.
    func verdictName(_ verdict: Verdict) -> String
    /// A short label of the text and table formats.
    func label(_ label: Label) -> String
    /// Where in a file: "строка 6, столбец 10".
    func place(line: Int, column: Int) -> String
    /// How many problems `gsz standard lint` found: "замечаний: 0".
    func lintProblems(_ count: Int) -> String
    /// The closing line of `gsz standard test`, after the examples were counted: "129 примеров, не прошли: 0".
    func exampleSummary(run: String, failed: Int) -> String
    /// A word `gsz standard show` puts around the standard's own names.
    func tableWord(_ word: TableWording) -> String
    /// A sheet name, key label or comment of the report workbook `gsz init --xlsx` writes.
    func workbookWord(_ word: WorkbookWord) -> String
    /// A sheet name or column label of the results workbook.
    func resultsWord(_ word: ResultsWord) -> String
    /// A word of a competition's page.
    func competitionWord(_ word: CompetitionWord) -> String
    /// A topic's outcome when the competition failed, on `ground` ("?" where none was given).
    func competitionFailed(ground: String) -> String
    /// Who sits on the commission and who proposed them, the percentages already written.
    func commissionShares(_ shares: CommissionShares) -> String
    /// The line under "rules broken" when none is: all `count` rule checks are met.
    func ruleChecksMet(_ count: Int) -> String
    /// The label of a figure a document adds to `gsz summary`.
    func figureWord(_ word: FigureWord) -> String
    /// The label of the figure of competition topics that failed on `ground`.
    func topicsFailedFigure(ground: Int) -> String
    /// A title or line of a template (`gsz init`) or a schema (`gsz schema`).
    func templateWord(_ word: TemplateWord) -> String
    /// A word of `gsz calendar`'s table.
    func calendarWord(_ word: CalendarWord) -> String
    /// A sentence of `gsz calendar` and of the counts made on the calendar.
    func calendarSentence(_ sentence: CalendarSentence) -> String
    /// A word of the mark `--require` puts next to a verdict.
    func passWord(_ word: PassWord) -> String
    /// How many files of a batch pass `--require` and how many fail.
    func passCounts(passing: Int, failing: Int) -> String
    /// A word a filed summary says about itself (issuing body, date, signatures).
    func filingWord(_ word: FilingWording) -> String
    /// A word of the HTML page's index and fix list.
    func indexWord(_ word: IndexWording) -> String
    /// A summary column's short title, for the terminal.
    func columnWord(_ word: ColumnWord) -> String
    /// A verdict in a few letters, for a column heading.
    func verdictAbbreviation(_ verdict: Verdict) -> String
    /// A half-year reporting period: "1-е полугодие 2026 г.".
    func halfYear(_ half: Int, year: Int) -> String
    /// A report `gsz summary` counted once, as the repeat of `first`.
    func duplicateReport(path: String, first: String, sameContent: Bool) -> String
    /// A heading of `gsz explain`.
    func codeWord(_ word: CodeWording) -> String
    /// A sentence of the discussion rules: what was found and what to do.
    func discussionSentence(_ sentence: DiscussionSentence) -> String
    /// A field of the discussion's posting form a topic may lack.
    func discussionTopicField(_ field: DiscussionTopicField) -> String
    /// A sentence of the monitoring rules: what was found and what to do.
    func monitoringSentence(_ sentence: MonitoringSentence) -> String
    /// What a field of the report's own holds (`gsz schema`, the templates).
    func coreFieldSummary(_ field: CoreFieldSummary) -> String
    /// The comment on a line of the discussion's or monitoring log's template.
    func templateComment(_ comment: TemplateComment) -> String
    /// The description of a field in the discussion's or monitoring log's schema.
    func schemaDescription(_ description: SchemaDescription) -> String
    /// A problem libyaml reports, in this language's words.
    func libyamlProblem(_ problem: LibyamlProblem) -> String
    /// Where libyaml was when it found a problem, as a clause of the sentence.
    func libyamlContext(_ context: LibyamlContext) -> String
    /// A weekday's short name: "пн", "дс", "Mon".
    func weekday(_ day: Weekday) -> String
    /// A sentence a competition's finding or a topic's outcome carries.
    func competitionSentence(_ sentence: CompetitionSentence) -> String
    /// A comment of the competition template (`gsz init`) or a description of its schema (`gsz schema`).
    func competitionFileWord(_ word: CompetitionFileWord) -> String
    /// The form of `noun` that follows `count`, by the language's own rule: "участника" after 3.
    func noun(_ noun: CountedNoun, count: Double) -> String
}

extension Language {
    /// Everything gsz says in this language.
    var catalogue: any Catalogue {
        switch self {
        case .ru: RussianCatalogue()
        case .kk: KazakhCatalogue()
        case .en: EnglishCatalogue()
        }
    }
}

extension IndicatorLevel {
    /// The level's name in `language`, as used in sentences and tables.
    public func name(in language: Language) -> String { language.catalogue.levelName(self) }
}

extension Verdict {
    /// The verdict's name in `language`.
    public func name(in language: Language) -> String { language.catalogue.verdictName(self) }
}
