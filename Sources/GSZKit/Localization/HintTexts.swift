import Synchronization

/// Hint sentences in one language, remembered: a batch repeats the same few hundred
/// hints ("3 more participants reach the minimal level (12)") tens of thousands of times,
/// and wording one costs more than looking it up.
///
/// Each thread that renders makes renderers of its own (`BatchRunner`'s `makeTransform`), so
/// the lock is never contended; it stays because a renderer is a `Sendable` value that a
/// caller may share. A fixed table of slots chosen by the hint's fingerprint: a lookup is
/// one comparison, and the table cannot grow. The table is made with the first sentence kept:
/// a renderer that never words a hint (the one that writes only a format's head and tail)
/// then never fills half a megabyte, which one report's whole run would otherwise pay.
public final class HintTexts<Form: Sendable>: Sendable {
    /// The language of the sentences.
    public let language: Language
    private let shape: @Sendable (String) -> Form
    private let slots: Mutex<[(hint: Hint, form: Form)?]>
    private static var slotCount: Int { 8192 }

    /// An empty table for `language`, keeping each sentence in the form `shape` gives it
    /// (as is, or already escaped for a format).
    public init(language: Language, shape: @escaping @Sendable (String) -> Form) {
        self.language = language
        self.shape = shape
        slots = Mutex([])
    }

    /// The sentence for `hint`, in its kept form.
    public func text(_ hint: Hint) -> Form {
        let slot = Int(truncatingIfNeeded: hint.fingerprint % UInt64(Self.slotCount))
        let known = slots.withLock { slots -> Form? in
            guard !slots.isEmpty, let entry = slots[slot], entry.hint == hint else { return nil }
            return entry.form
        }
        if let known { return known }
        let form = shape(hint.text(in: language))
        slots.withLock { slots in
            if slots.isEmpty { slots = Array(repeating: nil, count: Self.slotCount) }
            slots[slot] = (hint, form)
        }
        return form
    }
}

extension HintTexts where Form == [UInt8] {
    /// An empty table of sentences kept as the bytes `write` puts out for them: quoted
    /// for JSON, escaped for HTML, ready to append.
    public convenience init(language: Language, writing write: @escaping @Sendable (inout OutputBuffer, String) -> Void) {
        self.init(language: language) { text in
            var bytes = OutputBuffer()
            write(&bytes, text)
            return bytes.bytes
        }
    }
}

extension HintTexts where Form == String {
    /// An empty table of plain sentences in `language`.
    public convenience init(language: Language) {
        self.init(language: language, shape: { $0 })
    }
}
