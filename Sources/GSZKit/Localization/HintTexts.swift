import Synchronization

/// Hint sentences in one language, remembered: a batch repeats the same few hundred
/// hints ("3 more participants reach the minimal level (12)") tens of thousands of times,
/// and wording one costs more than looking it up.
///
/// Shared by the threads that render a batch; the table is capped, so a batch of unusual
/// values cannot grow it without bound.
public final class HintTexts: Sendable {
    /// The language of the sentences.
    public let language: Language
    private let table = Mutex<[Hint: String]>([:])
    private static let capacity = 4096

    /// An empty table for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The sentence for `hint`.
    public func text(_ hint: Hint) -> String {
        if let known = table.withLock({ $0[hint] }) { return known }
        let text = hint.text(in: language)
        table.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[hint] = text
        }
        return text
    }
}
