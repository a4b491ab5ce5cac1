import Synchronization

/// Hint sentences in one language, remembered: a batch repeats the same few hundred
/// hints ("3 more participants reach the minimal level (12)") tens of thousands of times,
/// and wording one costs more than looking it up.
///
/// Shared by the threads that render a batch; the table is capped, so a batch of unusual
/// values cannot grow it without bound.
public final class HintTexts<Form: Sendable>: Sendable {
    /// The language of the sentences.
    public let language: Language
    private let shape: @Sendable (String) -> Form
    private let table = Mutex<[Hint: Form]>([:])
    private static var capacity: Int { 4096 }

    /// An empty table for `language`, keeping each sentence in the form `shape` gives it
    /// (as is, or already escaped for a format).
    public init(language: Language, shape: @escaping @Sendable (String) -> Form) {
        self.language = language
        self.shape = shape
    }

    /// The sentence for `hint`, in its kept form.
    public func text(_ hint: Hint) -> Form {
        if let known = table.withLock({ $0[hint] }) { return known }
        let text = shape(hint.text(in: language))
        table.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[hint] = text
        }
        return text
    }
}

extension HintTexts where Form == String {
    /// An empty table of plain sentences in `language`.
    public convenience init(language: Language) {
        self.init(language: language, shape: { $0 })
    }
}
