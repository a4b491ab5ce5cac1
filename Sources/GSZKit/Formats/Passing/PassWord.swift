/// A word of the mark `--require` puts next to a verdict; each catalogue words it.
enum PassWord: CaseIterable, Sendable {
    /// The file reaches the required level.
    case passes
    /// The file falls short of it.
    case fails
    /// Before the required level's name.
    case required

    /// The word in `language`.
    func text(in language: Language) -> String {
        language.catalogue.passWord(self)
    }
}
