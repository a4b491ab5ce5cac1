extension StringProtocol {
    /// The number of characters, exactly as `count` gives it, counted without grapheme
    /// breaking where every scalar is a character of its own.
    ///
    /// `count` finds grapheme boundaries scalar pair by scalar pair, and the standard library
    /// skips that work only below U+0300: for Russian and Kazakh text it is most of what the
    /// text format spends lining up columns and wrapping hints. The ranges below (printable
    /// Latin and Latin-1, Greek, Cyrillic short of its combining marks U+0483–U+0489,
    /// punctuation such as — and …, currency signs such as ₸, №, arrows and ≥) hold no scalar
    /// that joins a neighbour into one character (no mark, joiner, variation selector or
    /// CR LF), so there a scalar is a character; any other text is counted by `count` itself.
    var characterCount: Int { standaloneScalarCount ?? count }

    /// The number of scalars where each is a character of its own (the ranges above), else nil.
    var standaloneScalarCount: Int? {
        var scalars = 0
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F,
                 0x20A0..<0x20C0, 0x2100..<0x2150, 0x2190..<0x2300: scalars += 1
            default: return nil
            }
        }
        return scalars
    }
}
