public import ArgumentParser
public import GSZKit

extension CalendarFormat: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

/// `gsz calendar`: Kazakhstan's working days, as the deadlines of the ГСЗ count them.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Show the working-day calendar: days off and why, a date N working days later, working days between two dates.",
        discussion: """
            A working day is a Monday to Friday that is not a day off, or a Saturday or Sunday \
            that a transfer order makes a working day. The calendar is data (Standards/calendar/, \
            one file per year with its legal sources); a year it does not cover is an error, never \
            a guess. Dates are written YYYY-MM-DD.

            Examples:
              gsz calendar 2026                      every day off in 2026 and why
              gsz calendar 2026 --format json        the same for programs
              gsz calendar add 2026-09-01 10         the 10th working day after 1 September: 2026-09-15
              gsz calendar between 2026-09-01 2026-09-15   working days from one date to the other, both counted
            """,
        subcommands: [Show.self, Add.self, Between.self],
        defaultSubcommand: Show.self
    )
}

extension CalendarCommand {
    /// `gsz calendar YEAR`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Every day off of a year that is not a plain Saturday or Sunday, and why; the year's totals.")

        @Argument(help: ArgumentHelp("The year, e.g. 2026.", valueName: "year"))
        var year: Int

        @Option(name: .long, help: ArgumentHelp.formats("Output", CalendarFormat.self) { format in
            switch format {
            case .text: "aligned lines for a terminal"
            case .markdown: "a table for documents"
            case .json: "one object: totals, sources, each day with its reason and names in every language"
            }
        })
        var format: CalendarFormat = .text

        @OptionGroup var standardOption: StandardOption
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = languageOption.resolved
            let calendar = try standardOption.load(language: language).process.calendar
            do {
                writeOutput(try format.render(calendar, year: year, language: language))
            } catch {
                writeError(.calendarNotCovered(field: "year", year: error.year), in: language)
                throw ExitCode(2)
            }
        }
    }

    /// `gsz calendar add DATE N`.
    struct Add: ParsableCommand {
        // Named here: a name ArgumentParser derives from the type costs a reflection of it at every start.
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "The N-th working day after DATE, DATE itself not counted: the deadline \"within N working days after DATE\".")

        @Argument(help: ArgumentHelp("The date counted from, YYYY-MM-DD.", valueName: "date"))
        var date: CalendarDate

        @Argument(help: ArgumentHelp("How many working days, 0 or more.", valueName: "n"))
        var days: Int

        @OptionGroup var standardOption: StandardOption
        @OptionGroup var languageOption: LanguageOption

        func validate() throws {
            if days < 0 { throw ValidationError("n must be 0 or more") }
        }

        func run() throws {
            let language = languageOption.resolved
            let calendar = try standardOption.load(language: language).process.calendar
            do {
                let result = try calendar.workingDay(days, after: date)
                noteProvisional(calendar, from: date, to: result, language: language)
                writeOutput("\(result)\n")
            } catch {
                writeError(.calendarNotCovered(field: "date", year: error.year), in: language)
                throw ExitCode(2)
            }
        }
    }

    /// `gsz calendar between A B`.
    struct Between: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "between",
            abstract: "The working days from FROM to TO, both counted (a span that \"takes at most N working days\").")

        @Argument(help: ArgumentHelp("The first day, YYYY-MM-DD.", valueName: "from"))
        var from: CalendarDate

        @Argument(help: ArgumentHelp("The last day, YYYY-MM-DD, not before FROM.", valueName: "to"))
        var to: CalendarDate

        @OptionGroup var standardOption: StandardOption
        @OptionGroup var languageOption: LanguageOption

        func validate() throws {
            if from > to { throw ValidationError("from (\(from)) is after to (\(to))") }
        }

        func run() throws {
            let language = languageOption.resolved
            let calendar = try standardOption.load(language: language).process.calendar
            do {
                let count = try calendar.workingDays(from: from, to: to)
                noteProvisional(calendar, from: from, to: to, language: language)
                writeOutput("\(count)\n")
            } catch {
                writeError(.calendarNotCovered(field: "from", year: error.year), in: language)
                throw ExitCode(2)
            }
        }
    }
}

/// On standard error: the years of a count that are provisional, so a script's output stays one value.
private func noteProvisional(_ calendar: WorkingCalendar, from: CalendarDate, to: CalendarDate, language: Language) {
    let years = (min(from.year, to.year)...max(from.year, to.year)).filter { calendar.year($0)?.provisional == true }
    guard !years.isEmpty else { return }
    writeError("gsz: " + CalendarWording.provisionalNote(years: years, in: language) + "\n")
}

extension CalendarDate: ExpressibleByArgument {
    /// A date written `YYYY-MM-DD` that exists on the calendar.
    public init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
