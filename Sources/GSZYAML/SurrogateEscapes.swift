internal import CYAML

/// Surrogate-pair escapes, JSON's way of writing a character past U+FFFF (`"\ud83d\ude00"`,
/// as Python's `json.dumps` writes 😀), which libyaml refuses as invalid escape codes.
///
/// Each pair is rewritten as the one escape YAML has for such a character (`\U0001F600`,
/// two characters shorter) before libyaml reads the text, and every place libyaml gives is
/// moved back to where it stands in the file as written. A pair is only an escape inside a
/// double-quoted scalar: the composer confirms each rewrite against the double-quoted
/// scalars libyaml found, and a pair in plain or single-quoted text is read again as written.
struct SurrogateEscapes {
    /// A rewritten pair: where its `\U` starts in the text libyaml reads, in characters (as
    /// libyaml's marks count) and in bytes (as its reader errors count).
    struct Site {
        let index: Int
        let offset: Int
    }

    /// A surrogate escape with no other half (`\ud83d` alone), as written, and where its
    /// backslash stands in the text libyaml reads, in characters.
    struct Lone {
        let index: Int
        let escape: String
    }

    /// What libyaml reads: the source with the pairs rewritten.
    let input: [UInt8]
    /// The rewritten pairs, in order.
    let sites: [Site]
    /// The surrogate escapes without a partner, in order.
    let lone: [Lone]
    /// Which of the pairs found the composer met inside double-quoted scalars, by their
    /// position among all pairs in the source.
    var confirmed: [Int] = []
    /// The position among all pairs in the source of each rewritten one.
    private let ordinals: [Int]
    private var nextSite = 0

    /// Twelve characters (`\ud83d\ude00`) become ten (`\U0001F600`).
    static let shrink = 2

    /// The escapes in `source`, each pair rewritten when `rewrite` says so; nil when the
    /// source holds no surrogate escape at all, so ordinary input costs one scan.
    init?(_ source: [UInt8], rewrite: (Int) -> Bool = { _ in true }) {
        var scan = Scan(source: source)
        guard scan.run(rewrite: rewrite) else { return nil }
        input = scan.rewritten ?? source
        sites = scan.sites
        lone = scan.lone
        ordinals = scan.ordinals
    }

    /// The same source read again with only the confirmed pairs rewritten.
    func confirmedOnly(in source: [UInt8]) -> SurrogateEscapes? {
        let keep = Set(confirmed)
        return SurrogateEscapes(source, rewrite: keep.contains)
    }

    /// Whether every rewritten pair turned out to be inside a double-quoted scalar.
    var allConfirmed: Bool { confirmed.count == sites.count }

    /// Notes a double-quoted scalar libyaml read from `start` to `end`: the pairs inside it
    /// were escapes, those before it (in plain text) were not. Scalars come in order.
    mutating func confirm(from start: yaml_mark_t, to end: yaml_mark_t) {
        while nextSite < sites.count, sites[nextSite].index < Int(start.index) { nextSite += 1 }
        while nextSite < sites.count, sites[nextSite].index < Int(end.index) {
            confirmed.append(ordinals[nextSite])
            nextSite += 1
        }
    }

    /// Where libyaml's `mark` stands in the file as written.
    func location(of mark: yaml_mark_t) -> SourceLocation {
        let index = Int(mark.index)
        let lineStart = index - Int(mark.column)
        let before = sitesBefore(index)
        let onLine = before - sitesBefore(lineStart)
        return SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1 + Self.shrink * onLine)
    }

    /// The byte offset in the file as written of libyaml's byte `offset`.
    func originalOffset(_ offset: Int) -> Int {
        offset + Self.shrink * countWhere { $0.offset < offset }
    }

    /// The lone surrogate escape whose backslash is at character `index` of libyaml's text.
    func loneEscape(at index: Int) -> Lone? {
        lone.first { $0.index == index }
    }

    private func sitesBefore(_ index: Int) -> Int {
        countWhere { $0.index < index }
    }

    /// How many sites, from the first, satisfy `below` (sites are in order, so a binary search).
    private func countWhere(_ below: (Site) -> Bool) -> Int {
        var low = 0
        var high = sites.count
        while low < high {
            let middle = (low + high) / 2
            if below(sites[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
