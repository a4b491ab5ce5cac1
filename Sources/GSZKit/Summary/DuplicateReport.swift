/// What tells one report apart from the others in a summary: its bytes, and who reported
/// what for when. A report saved twice under two names, or sent again, must count once.
public struct ReportKey: Sendable, Equatable {
    /// The file.
    public let path: String
    /// FNV-1a over the file's bytes.
    let fingerprint: UInt64
    /// BIN, contract and period; nil when any is missing (two reports without a contract
    /// may be two projects of one NGO, so only their bytes can show them the same).
    public let identity: String?
    /// The reporting period.
    public let period: ReportingPeriod

    /// The key of `result`.
    public init(_ result: FileResult) {
        path = result.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in result.source { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        fingerprint = hash
        let identity = result.identity
        if let bin = identity?.bin, let contract = identity?.contract, let span = identity?.period {
            self.identity = bin + "\u{1F}" + contract + "\u{1F}" + span.description
        } else {
            self.identity = nil
        }
        period = ReportingPeriod(identity?.period)
    }
}

/// A report the summary counted once because it repeats an earlier one.
public struct DuplicateReport: Sendable, Equatable {
    /// The later file, left out of the counts.
    public let path: String
    /// The file it repeats, which is counted.
    public let first: String
    /// True when the bytes are the same; false when only NGO, contract and period are.
    let sameContent: Bool

    /// `reports/b.yaml repeats reports/a.yaml (the same file); counted once`.
    public func text(in language: Language) -> String {
        language.catalogue.duplicateReport(path: path, first: first, sameContent: sameContent)
    }
}
