/// A noun gsz writes after a number; each catalogue gives its form for a count, by its
/// language's own rule (Russian agrees the noun with the number, Kazakh keeps the singular,
/// English has one and other).
///
/// A form that only one language's grammar asks for (the Russian genitive after «более»)
/// is that catalogue's own business, worded in its folder.
enum CountedNoun: CaseIterable, Sendable {
    /// A participant of a service.
    case participant
    /// A success story.
    case successStory
    /// An hour of instruction.
    case hour
    /// A calendar day.
    case day
    /// A year of experience.
    case year
    /// A respondent of the feedback.
    case respondent
    /// A working day of the calendar.
    case workingDay
    /// A day off of the calendar.
    case dayOff
    /// An example of the standard (`gsz standard test`).
    case example
    /// A file checked or linted.
    case file
    /// A person on a competition's commission.
    case person
    /// A member of a competition's commission.
    case member
    /// An application to a competition.
    case application
    /// A monitoring visit to a project.
    case visit

    /// The noun's form after `count` in `language`: "участника" after 3, "participants".
    func form(after count: Double, in language: Language) -> String {
        language.catalogue.noun(self, count: count)
    }

    /// `count` and its noun: "3 рабочих дня", "1 file".
    func counted(_ count: Int, in language: Language) -> String {
        language.catalogue.counted(self, count)
    }
}

extension Catalogue {
    /// `count` and the form of `noun` that follows it: "3 рабочих дня", "1 file".
    func counted(_ noun: CountedNoun, _ count: Int) -> String {
        "\(count) " + self.noun(noun, count: Double(count))
    }
}
