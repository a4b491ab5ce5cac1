/// Hint sentences in one language, remembered: a batch repeats the same few hundred
/// hints ("3 more participants reach the minimal level (12)") tens of thousands of times,
/// and wording one costs more than looking it up.
///
/// Each thread that renders makes renderers of its own (`BatchRunner`'s `makeTransform`); the
/// two halves of a long file's services (`OutputBuffer.write(_:inHalves:)`) share one, and so
/// its table, behind a lock. A table of slots chosen by the hint's fingerprint: a lookup is one
/// comparison, and a sentence whose slot another took is worded again. The table starts
/// small and doubles while a sixteenth of it is taken, up to a fixed size: one report words
/// a few dozen hints, and a table made at full size (half a megabyte) would cost its run a
/// hundred page faults to clear and as many instructions to free as the report takes to
/// check; a batch's few hundred take it to full size, where two of them rarely share a slot.
public final class HintTexts<Form: Sendable>: @unchecked Sendable {
    // @unchecked: `table` is read and written only inside `monitor`'s lock. A pthread mutex
    // (`Monitor`) rather than `Synchronization.Mutex`, whose locking ThreadSanitizer does not
    // see, so that the sanitizer checks the halves that share a table.
    /// The language of the sentences.
    public let language: Language
    private let shape: @Sendable (String) -> Form
    private let monitor = Monitor()
    private var table = Table()

    /// The slots and how many of them are taken.
    private struct Table: Sendable {
        var slots: [(hint: Hint, form: Form)?] = []
        var taken = 0

        static var smallest: Int { 64 }
        static var largest: Int { 8192 }

        static func slot(_ fingerprint: UInt64, among count: Int) -> Int {
            Int(truncatingIfNeeded: fingerprint % UInt64(count))
        }

        func form(of hint: Hint, fingerprint: UInt64) -> Form? {
            guard !slots.isEmpty, let entry = slots[Self.slot(fingerprint, among: slots.count)],
                  entry.hint == hint else { return nil }
            return entry.form
        }

        mutating func keep(_ hint: Hint, _ form: Form, fingerprint: UInt64) {
            if slots.isEmpty {
                slots = Array(repeating: nil, count: Self.smallest)
            } else if taken * 16 >= slots.count && slots.count < Self.largest {
                let kept = slots.compactMap { $0 }
                slots = Array(repeating: nil, count: slots.count * 2)
                taken = 0
                for entry in kept { place(entry.hint, entry.form, fingerprint: entry.hint.fingerprint) }
            }
            place(hint, form, fingerprint: fingerprint)
        }

        private mutating func place(_ hint: Hint, _ form: Form, fingerprint: UInt64) {
            let slot = Self.slot(fingerprint, among: slots.count)
            if slots[slot] == nil { taken += 1 }
            slots[slot] = (hint, form)
        }
    }

    /// An empty table for `language`, keeping each sentence in the form `shape` gives it
    /// (as is, or already escaped for a format).
    public init(language: Language, shape: @escaping @Sendable (String) -> Form) {
        self.language = language
        self.shape = shape
    }

    private func withLock<Result>(_ body: (inout Table) -> Result) -> Result {
        monitor.withLock { body(&table) }
    }

    /// How many slots the table holds now (none before the first sentence is kept).
    var capacity: Int { withLock { $0.slots.count } }

    /// The sentence for `hint`, in its kept form.
    public func text(_ hint: Hint) -> Form {
        let fingerprint = hint.fingerprint
        if let known = withLock({ $0.form(of: hint, fingerprint: fingerprint) }) { return known }
        let form = shape(hint.text(in: language))
        withLock { $0.keep(hint, form, fingerprint: fingerprint) }
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
