/// A count one document contributes to `gsz summary` (projects monitored, discussions in
/// time, topics failed on ground 5), added up by `id` across the files of a batch.
///
/// The families decide what they count; the summary only adds figures that share an id and
/// shows them with their label, so a new kind of document needs no change to the summary.
public struct SummaryFigure: Sendable, Hashable {
    /// A stable English id, the CSV column and the key figures are added up by.
    public let id: String
    /// What is counted, in every language gsz speaks.
    public let label: LocalizedText
    /// How many.
    public let value: Int

    /// A figure with every field given.
    public init(id: String, label: LocalizedText, value: Int) {
        self.id = id
        self.label = label
        self.value = value
    }
}
