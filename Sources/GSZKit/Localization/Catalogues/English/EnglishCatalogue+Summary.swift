/// The words of `gsz summary` and of the HTML page's index, in English.
extension EnglishCatalogue {
    func filingWord(_ word: FilingWording) -> String {
        switch word {
        case .body: "Issued by"
        case .date: "Date"
        case .period: "Reporting period"
        case .duplicates: "Counted once (repeats)"
        case .preparedBy: "Prepared by"
        case .approvedBy: "Approved by"
        case .signature: "signature, name, position"
        case .page: "Page"
        }
    }

    func indexWord(_ word: IndexWording) -> String {
        switch word {
        case .files: "Files"
        case .legend: "Thresholds: “12 → 35” — minimal level from 12, maximal from 35; “≥ 2” — at least 2; “≤ 4” — at most 4."
        case .whatToFix: "What to fix"
        case .nothingToFix: "Nothing to fix: the report passes"
        }
    }

    func columnWord(_ word: ColumnWord) -> String {
        switch word {
        case .services: "Services"
        case .participants: "People"
        case .satisfaction: "Satisf."
        case .stories: "Stories"
        }
    }

    func verdictAbbreviation(_ verdict: Verdict) -> String {
        switch verdict {
        case .maximal: "Max"
        case .minimal: "Min"
        case .incomplete: "Incompl."
        case .noncompliant: "Noncompl."
        case .compliant: "Compl."
        case .notAssessed: "Not ass."
        case .error: "Error"
        }
    }

    func halfYear(_ half: Int, year: Int) -> String { "\(half == 1 ? "first" : "second") half of \(year)" }

    func duplicateReport(path: String, first: String, sameContent: Bool) -> String {
        sameContent
            ? "\(path) repeats \(first) (the same content); counted once"
            : "\(path) repeats \(first) (the same NGO, contract and period); counted once"
    }
}
